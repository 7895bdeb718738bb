/**
 * The Policy view's watch results: for each policy manual page the worker opened, its release,
 * and the rules, templates and survey answers that may be out of date (a newer release than
 * the one they cite, a cited section or quote no longer there), with where.
 */
import { formatUs } from '../../lib/dates/iso-date';
import { usePolicyWatch } from '../hooks/use-policy-watch';

const KIND = { rule: 'Rule', template: 'Narration template', survey: 'RMSS survey' } as const;

export function PolicyWatchResults() {
  const pages = usePolicyWatch();
  return (
    <section aria-labelledby="policy-watch-h" data-testid="policy-watch">
      <h3 id="policy-watch-h">Policy manual pages seen</h3>
      {pages.length === 0 && <p className="hint">None yet. When you open one of your agency's policy manual pages (listed below), CaseLens compares it with the policy it checks.</p>}
      {pages.map((p) => (
        <article key={p.url} data-manual={p.url}>
          <h4>{p.title}</h4>
          <p className="hint">
            {p.release !== undefined ? `Release ${p.release}` : 'No release number found'}
            {p.effective ? `, effective ${formatUs(p.effective)}` : ''} · seen {new Date(p.seenAt).toLocaleString('en-US')}
          </p>
          {p.changes.length === 0 ? (
            <p className="ok">Nothing CaseLens checks looks out of date against this page.</p>
          ) : (
            <>
              <p>These may be out of date:</p>
              <ul>
                {p.changes.map((c, i) => (
                  <li key={`${c.unit.kind}:${c.unit.id}:${c.kind}:${i}`} data-change={c.kind} data-unit={c.unit.id}>
                    {KIND[c.unit.kind]} “{c.unit.title}”: {c.text}.
                  </li>
                ))}
              </ul>
            </>
          )}
          <details className="admin">
            <summary>Details for administrators</summary>
            <p>
              <code>{p.url}</code> · policy texts {p.sources.join(', ') || 'none recognised'}
            </p>
          </details>
        </article>
      ))}
    </section>
  );
}
