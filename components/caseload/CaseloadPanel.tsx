/**
 * The caseload: every case CaseLens has seen, soonest due first, with filters, search by case
 * number, the monthly review progress, CSV export for supervisor QA and a print view.
 */
import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { queryCaseload, reviewProgress, type CaseloadFilter } from '../../lib/store/caseload';
import { NO_DUE } from '../../lib/store/case-service';
import { formatUs, todayIn } from '../../lib/dates/iso-date';
import { builtInKnowledge } from '../../lib/knowledge';
import type { Settings } from '../../lib/config/settings-schema';
import type { CaseSummary } from '../../lib/store/db';
import { getDb } from '../hooks/use-db';
import { CaseDetail } from './CaseDetail';
import { CsvExport } from './CsvExport';

const PAGE = 100;

export function CaseloadPanel({ settings }: { settings: Settings }) {
  const [filter, setFilter] = useState<CaseloadFilter>({ due: 'all' });
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string>();
  const ids = useId();
  // Due dates are calendar days; the caseload spans jurisdictions, so "today" is the worker's own zone.
  const asOf = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const page = useLiveQuery(() => queryCaseload(getDb(), filter, asOf, limit), [filter, asOf, limit]);
  const reviewJurisdictions = useMemo(() => [...new Set(builtInKnowledge().rules.filter((r) => r.caseloadReview).flatMap((r) => r.appliesTo.jurisdictions))], []);
  const progress = useLiveQuery(() => reviewProgress(getDb(), asOf.slice(0, 7), reviewJurisdictions), [asOf, reviewJurisdictions]);
  const set = (patch: Partial<CaseloadFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const dueText = (r: CaseSummary) => (r.nextDue === NO_DUE ? 'nothing open' : `${r.nextDue < asOf ? 'overdue since' : 'due'} ${formatUs(r.nextDue)}`);

  return (
    <section aria-labelledby={`${ids}-h`} className="caseload">
      <h2 id={`${ids}-h`}>Caseload</h2>
      {progress && progress.total > 0 && (
        <p data-testid="review-progress">
          {progress.reviewed} of {progress.total} cases reviewed this month
          <progress value={progress.reviewed} max={progress.total} aria-label="Monthly review progress" />
        </p>
      )}
      <form className="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label="Caseload filters">
        <div className="row">
          <label htmlFor={`${ids}-search`}>Case number</label>
          <input id={`${ids}-search`} type="search" inputMode="numeric" value={filter.search ?? ''} onChange={(e) => set({ search: e.target.value })} />
        </div>
        <div className="row">
          <label htmlFor={`${ids}-due`}>Show</label>
          <select id={`${ids}-due`} value={filter.due} onChange={(e) => set({ due: e.target.value as CaseloadFilter['due'] })}>
            <option value="all">All cases</option>
            <option value="overdue">Overdue</option>
            <option value="this-week">Due this week</option>
          </select>
          <label htmlFor={`${ids}-j`}>State</label>
          <select id={`${ids}-j`} value={filter.jurisdiction ?? ''} onChange={(e) => set({ jurisdiction: e.target.value || undefined })}>
            <option value="">All</option>
            <option value="OR">Oregon</option>
            <option value="AK">Alaska</option>
            <option value="ME">Maine</option>
          </select>
        </div>
        <div className="row">
          <label htmlFor={`${ids}-p`}>Program</label>
          <select id={`${ids}-p`} value={filter.program ?? ''} onChange={(e) => set({ program: e.target.value || undefined })}>
            <option value="">All</option>
            {['JOBS', 'PRE-TANF', 'POST-TANF', 'REF', 'SFPSS', 'TA-DVS'].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
          <label htmlFor={`${ids}-t`}>Track</label>
          <select id={`${ids}-t`} value={filter.track ?? ''} onChange={(e) => set({ track: e.target.value || undefined })}>
            <option value="">All</option>
            <option value="WORK_FIRST">Work First</option>
            <option value="FAMILIES_FIRST">Families First</option>
          </select>
        </div>
      </form>
      <p role="status" className="hint">
        {page ? `${page.total} case${page.total === 1 ? '' : 's'}` : 'Loading…'}
      </p>
      {page && page.rows.length > 0 && (
        <table className="data caseload-table">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Program / track</th>
              <th scope="col">Next due</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.caseKey} data-case={r.caseKey} className={r.nextDue < asOf ? 'overdue' : undefined}>
                <th scope="row">
                  <button type="button" className="link" aria-expanded={open === r.caseKey} onClick={() => setOpen(open === r.caseKey ? undefined : r.caseKey)}>
                    {r.jurisdiction} {r.caseNumber}
                  </button>
                </th>
                <td>{r.program ?? r.track?.replace('_', ' ').toLowerCase() ?? ''}</td>
                <td>{dueText(r)}</td>
                <td>{r.openFindings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
    </section>
  );
}
