/**
 * CSV export for supervisor QA: the columns chosen, narration text only when asked. Every case
 * the filters let through is exported (not only the page on screen).
 */
import { usePolicy } from '../hooks/use-policy';
import { useId, useRef, useState } from 'react';
import { CSV_COLUMNS, DEFAULT_CSV_COLUMNS, caseloadCsv, type CsvColumn } from '../../lib/checklist/caseload-csv';
import { queryCaseload, type CaseloadFilter } from '../../lib/store/caseload';
import { makeEvaluator } from '../../lib/checklist/case-evaluator';
import type { Settings } from '../../lib/config/settings-schema';
import { downloadText } from '../download';
import { getDb } from '../hooks/use-db';

export function CsvExport({ filter, asOf, settings }: { filter: CaseloadFilter; asOf: string; settings: Settings }) {
  const [columns, setColumns] = useState<CsvColumn[]>(DEFAULT_CSV_COLUMNS);
  const [error, setError] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const { knowledge } = usePolicy();
  const run = async () => {
    setError('');
    try {
      const { rows } = await queryCaseload(getDb(), filter, asOf, Infinity);
      const records = (await getDb().cases.bulkGet(rows.map((r) => r.caseKey))).filter((r) => r !== undefined);
      const evaluate = makeEvaluator(settings, knowledge);
      const needsDuties = columns.includes('openDuties');
      const data = records.map((record) => ({ record, evaluation: needsDuties ? evaluate(record) : undefined }));
      downloadText(`caselens-caseload-${asOf}.csv`, caseloadCsv(data, columns), 'text/csv');
      dialog.current?.close();
    } catch {
      // Said in the dialog, never silently: the worker expects a file.
      setError('The CSV file could not be made. Close the panel, open it again and retry.');
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => dialog.current?.showModal()}>
        Export CSV…
      </button>
      <dialog ref={dialog} aria-labelledby={`${ids}-h`} className="confirm">
        <h3 id={`${ids}-h`}>Export the caseload as CSV</h3>
        <fieldset>
          <legend>Columns</legend>
          {(Object.keys(CSV_COLUMNS) as CsvColumn[]).map((c) => (
            <div key={c}>
              <input
                type="checkbox"
                id={`${ids}-${c}`}
                checked={columns.includes(c)}
                onChange={(e) => setColumns(e.target.checked ? [...columns, c] : columns.filter((x) => x !== c))}
              />{' '}
              <label htmlFor={`${ids}-${c}`}>{CSV_COLUMNS[c]}</label>
              {c === 'lastNarration' && <span className="hint"> (narration text: only if your QA review needs it)</span>}
            </div>
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="row">
          <button type="button" onClick={() => void run()} disabled={!columns.length}>
            Export
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
