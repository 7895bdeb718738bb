/** The caseload's filters: case search (with or without the state), due, state, program, track. */
import { useId } from 'react';
import type { CaseloadFilter } from '../../lib/store/caseload';

const PROGRAMS = ['JOBS', 'PRE-TANF', 'POST-TANF', 'REF', 'SFPSS', 'TA-DVS'];

export function CaseloadFilters({ filter, onChange }: { filter: CaseloadFilter; onChange: (patch: Partial<CaseloadFilter>) => void }) {
  const ids = useId();
  return (
    <form className="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label="Caseload filters">
      <div className="field">
        <label htmlFor={`${ids}-search`}>Case number</label>
        <input id={`${ids}-search`} type="search" autoComplete="off" aria-describedby={`${ids}-search-hint`} value={filter.search ?? ''} onChange={(e) => onChange({ search: e.target.value })} />
        <p id={`${ids}-search-hint`} className="hint">
          The number, or the state and number: 1000101, OR 1000101, AK:2000201.
        </p>
      </div>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={`${ids}-due`}>Show</label>
          <select id={`${ids}-due`} value={filter.due} onChange={(e) => onChange({ due: e.target.value as CaseloadFilter['due'] })}>
            <option value="all">All cases</option>
            <option value="overdue">Overdue</option>
            <option value="this-week">Due this week</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-j`}>State</label>
          <select id={`${ids}-j`} value={filter.jurisdiction ?? ''} onChange={(e) => onChange({ jurisdiction: e.target.value || undefined })}>
            <option value="">All</option>
            <option value="OR">Oregon</option>
            <option value="AK">Alaska</option>
            <option value="ME">Maine</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-p`}>Program</label>
          <select id={`${ids}-p`} value={filter.program ?? ''} onChange={(e) => onChange({ program: e.target.value || undefined })}>
            <option value="">All</option>
            {PROGRAMS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-t`}>Track</label>
          <select id={`${ids}-t`} value={filter.track ?? ''} onChange={(e) => onChange({ track: e.target.value || undefined })}>
            <option value="">All</option>
            <option value="WORK_FIRST">Work First</option>
            <option value="FAMILIES_FIRST">Families First</option>
          </select>
        </div>
      </div>
    </form>
  );
}

/** Whether any filter narrows the list (an empty list then means "nothing matches", not "no cases"). */
export const isFiltered = (f: CaseloadFilter): boolean => !!(f.search?.trim() || (f.due && f.due !== 'all') || f.jurisdiction || f.program || f.track);
