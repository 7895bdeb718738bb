/**
 * The caseload rows. The case number is a button that opens the case below; in print it reads
 * as plain text (print.css shows it, where other buttons are hidden). The household name the
 * screens gave sits beside it unless Settings hides names on shared screens. A case only a
 * caseload list has shown says so: none of its own screens has been read yet.
 */
import { NO_DUE } from '../../lib/store/case-service';
import { formatUs } from '../../lib/dates/iso-date';
import type { CaseSummary } from '../../lib/store/db';

const program = (r: CaseSummary) => r.program ?? r.track?.replace('_', ' ').toLowerCase() ?? '';

export function CaseloadTable({ rows, asOf, open, onOpen, showNames }: { rows: CaseSummary[]; asOf: string; open?: string; onOpen: (caseKey: string | undefined) => void; showNames: boolean }) {
  // A case only a caseload list has shown: its own screens would say what is open.
  const dueText = (r: CaseSummary) =>
    r.nextDue === NO_DUE ? (r.listedOnly ? 'not opened yet' : 'nothing open') : `${r.nextDue < asOf ? 'overdue since' : 'due'} ${formatUs(r.nextDue)}`;
  return (
    <table className="data caseload-table">
      <caption className="visually-hidden">Cases, soonest due first</caption>
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Program / track</th>
          <th scope="col">Next due</th>
          <th scope="col">Findings</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.caseKey} data-case={r.caseKey} className={r.nextDue < asOf ? 'overdue' : undefined}>
            <th scope="row">
              <button type="button" className="link case-link" aria-expanded={open === r.caseKey} onClick={() => onOpen(open === r.caseKey ? undefined : r.caseKey)}>
                {r.jurisdiction} {r.caseNumber}
              </button>
              {showNames && r.householdName && (
                <span className="household-name" data-testid="household-name">
                  {r.householdName}
                </span>
              )}
              {r.listedOnly && (
                <span className="listed-only" data-testid="listed-only">
                  from a caseload list
                </span>
              )}
            </th>
            <td>{program(r)}</td>
            <td>{dueText(r)}</td>
            <td>{r.openFindings}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
