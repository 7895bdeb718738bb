/**
 * The surveys recorded in this browser, newest first, within the retention the agency set
 * (settings.rmssHistoryDays); older rows are deleted as soon as the list is shown.
 */
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUs } from '../../lib/dates/iso-date';
import { codesText, GUIDE_USE_TEXT, historyView } from '../../lib/rmss/history';
import { getDb } from '../hooks/use-db';

export function RmssHistory({ keepDays, today }: { keepDays: number; today: string }) {
  const rows = useLiveQuery(() => getDb().rmssHistory.toArray(), []);
  const view = useMemo(() => (rows ? historyView(rows, keepDays, today) : undefined), [rows, keepDays, today]);
  const expired = view?.expiredIds.join(',') ?? '';
  useEffect(() => {
    if (expired) void getDb().rmssHistory.bulkDelete(expired.split(',').map(Number));
  }, [expired]);

  return (
    <section className="rmss-history" aria-labelledby="rmss-history-heading">
      <h3 id="rmss-history-heading">Recorded surveys</h3>
      <p className="hint">
        {keepDays > 0 ? `Kept in this browser for ${keepDays} days (Settings), then deleted.` : 'RMSS history is off (Settings: keep 0 days).'}
      </p>
      {view === undefined && <p role="status">Loading…</p>}
      {view && view.records.length === 0 && <p className="empty">No survey recorded.</p>}
      {view && view.records.length > 0 && (
        <table className="data" data-testid="rmss-history">
          <caption className="visually-hidden">Recorded RMSS surveys</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Codes</th>
              <th scope="col">Case identifier</th>
              <th scope="col">Guide</th>
            </tr>
          </thead>
          <tbody>
            {view.records.map((r) => (
              <tr key={r.id}>
                <td>
                  {formatUs(r.date)}
                  {r.sampleId && <span className="hint"> {r.sampleId}</span>}
                </td>
                <td>{codesText(r) || '—'}</td>
                <td>{r.caseIds.join(', ') || '—'}</td>
                <td>{GUIDE_USE_TEXT[r.guide]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view && view.unreadable > 0 && <p className="note">{view.unreadable} older record(s) could not be read.</p>}
    </section>
  );
}
