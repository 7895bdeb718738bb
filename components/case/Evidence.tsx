/** The facts behind a finding or a duty: each value and where CaseLens saw it (or that it has not). */
import type { EvidenceRow } from '../../lib/rules/evidence';

export function Evidence({ rows }: { rows: EvidenceRow[] }) {
  if (!rows.length) return null;
  return (
    <dl className="evidence">
      {rows.map((e) => (
        <div key={e.fact} data-presence={e.presence}>
          <dt>{e.label}</dt>
          <dd>
            {e.value}
            <span className="seen">{e.seen}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
