/** Data care: how long CaseLens keeps things, export and import of the worker's own data, erase all. */
import { browser } from 'wxt/browser';
import { useId, useState, type ChangeEvent } from 'react';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { eraseAll, exportData, importData } from '../../lib/store/data-care';
import { downloadText } from '../download';
import { getDb } from '../hooks/use-db';
import { useUserSettings } from '../hooks/use-user-settings';
import { ConfirmButton } from '../ConfirmButton';
import { StatusMessage, type Status } from '../StatusMessage';

/** Said before the file is saved: it holds what the screens showed about each family. */
const EXPORT_WARNING =
  'The file will hold everything CaseLens keeps about your cases: names, birth dates and the other case details it read from the screens, your checklist notes, drafts and inserted narration. Save it only where your agency allows case records (not e-mail, not a personal drive), and delete it when you no longer need it.';

const RETENTION = [
  ['retentionDays', 'Forget cases not seen for (days)'],
  ['narrationHistoryDays', 'Keep inserted narration history for (days)'],
  ['rmssHistoryDays', 'Keep the RMSS survey record for (days)'],
] as const;

export function DataCareSettings({ effective }: { effective: EffectiveSettings }) {
  const [, update] = useUserSettings();
  const [status, setStatus] = useState<Status>();
  const ids = useId();
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await importData(getDb(), await file.text(), file.name);
    if (result.ok) await browser.runtime.sendMessage({ type: 'data-changed' }).catch(() => {});
    setStatus(
      result.ok
        ? { ok: true, text: `Imported ${result.cases} case${result.cases === 1 ? '' : 's'}.` }
        : { ok: false, text: `${file.name} was not imported: it is not a CaseLens data file CaseLens can read. Nothing changed.`, details: result.error },
    );
  };
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Your data</h2>
      <p className="hint">Everything CaseLens keeps stays in this browser. Retention runs daily.</p>
      {RETENTION.map(([key, label]) => {
        const managed = effective.managedKeys.includes(key);
        return (
          <div className="row" key={key}>
            <label htmlFor={`${ids}-${key}`}>{label}</label>
            <input
              id={`${ids}-${key}`}
              type="number"
              min={key === 'retentionDays' ? 1 : 0}
              max={3650}
              defaultValue={effective.settings[key]}
              disabled={managed}
              aria-describedby={managed ? `${ids}-managed` : undefined}
              onBlur={(e) => void update({ [key]: Number(e.target.value) }).then((err) => setStatus(err ? { ok: false, text: err } : { ok: true, text: 'Saved.' }))}
            />
          </div>
        );
      })}
      {effective.managedKeys.some((k) => RETENTION.some(([key]) => key === k)) && (
        <p id={`${ids}-managed`} className="hint">
          Set by your agency.
        </p>
      )}
      <div className="row">
        <ConfirmButton
          tone="caution"
          label="Export my data…"
          question={EXPORT_WARNING}
          confirmLabel="Save the file"
          onConfirm={async () => {
            downloadText('caselens-my-data.json', await exportData(getDb(), new Date()));
            setStatus({ ok: true, text: 'Saved caselens-my-data.json. It holds names and birth dates: keep it safe.' });
          }}
        />
        <label htmlFor={`${ids}-import`}>Import my data</label>
        <input id={`${ids}-import`} type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} />
      </div>
      <ConfirmButton
        label="Erase all CaseLens data"
        question="Erase everything CaseLens keeps in this browser: cases, checklists, drafts, histories, screen health and the screen and survey guide it is showing now? Your settings and profiles stay. This cannot be undone."
        confirmLabel="Erase everything"
        onConfirm={async () => {
          await eraseAll(getDb());
          await browser.runtime.sendMessage({ type: 'data-changed' }).catch(() => {});
          // The screen looked at last (case number, address) and the RMSS guide (names) live in session storage.
          await browser.storage.session.clear();
          setStatus({ ok: true, text: 'All CaseLens data erased.' });
        }}
      />
      <StatusMessage status={status} testId="data-status" />
    </section>
  );
}
