/**
 * The caseload: every case CaseLens has seen, soonest due first, with filters, search by case
 * number, the monthly review progress, CSV export for supervisor QA and a print view.
 */
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { queryCaseload, type CaseloadFilter } from '../../lib/store/caseload';
import { todayIn } from '../../lib/dates/iso-date';
import type { Settings } from '../../lib/config/settings-schema';
import { getDb } from '../hooks/use-db';
import { CaseDetail } from './CaseDetail';
import { CaseloadFilters, isFiltered } from './CaseloadFilters';
import { CaseloadTable } from './CaseloadTable';
import { CsvExport } from './CsvExport';
import { ReviewProgress } from './ReviewProgress';

const PAGE = 100;

export function CaseloadPanel({ settings }: { settings: Settings }) {
  const [filter, setFilter] = useState<CaseloadFilter>({ due: 'all' });
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string>();
  const ids = useId();
  // Due dates are calendar days; the caseload spans jurisdictions, so "today" is the worker's own zone.
  const asOf = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const page = useLiveQuery(() => queryCaseload(getDb(), filter, asOf, limit), [filter, asOf, limit]);
  const set = (patch: Partial<CaseloadFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const empty = page?.total === 0 && !isFiltered(filter);

  return (
    <section aria-labelledby={`${ids}-h`} className="caseload">
      <h2 id={`${ids}-h`}>Caseload</h2>
      {empty ? (
        <div className="empty-state" data-testid="caseload-empty">
          <p>
            <strong>No cases yet.</strong>
          </p>
          <p>
            Your caseload fills by itself: each time you open a case on a legacy screen (TRACS, CMS, EIS or ASPIRE) with CaseLens on, the case is added here with its
            next due date; a caseload list (a screen listing your cases) adds every case on it at once. Nothing is typed in, and it stays in this browser for{' '}
            {settings.retentionDays} days after you last saw it.
          </p>
        </div>
      ) : (
        <>
          <ReviewProgress month={asOf.slice(0, 7)} />
          <CaseloadFilters filter={filter} onChange={set} />
          <p role="status" className="hint">
            {page ? `${page.total} case${page.total === 1 ? '' : 's'}${isFiltered(filter) ? ' match these filters' : ''}` : 'Loading…'}
          </p>
          {page && page.rows.length > 0 && <CaseloadTable rows={page.rows} asOf={asOf} open={open} onOpen={setOpen} showNames={settings.showHouseholdNames} />}
          {page && page.total > page.rows.length && (
            <button type="button" className="secondary no-print" onClick={() => setLimit((n) => n + PAGE)}>
              Show more ({page.total - page.rows.length} more)
            </button>
          )}
          {open && <CaseDetail caseKey={open} settings={settings} />}
          <div className="row no-print">
            <CsvExport filter={filter} asOf={asOf} settings={settings} />
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print view
            </button>
          </div>
        </>
      )}
    </section>
  );
}
