/**
 * Live lint results, each with the policy it comes from. Problems that fitting the text to the
 * screen fixes by itself (wrapping, upper case) are listed apart: they are not the worker's to fix.
 */
import type { LintIssue } from '../../lib/narration/lint';
import { citationText } from '../../lib/policy/citation';

export function LintList({ issues }: { issues: LintIssue[] }) {
  const toFix = issues.filter((i) => !i.autoFix);
  const fitted = issues.filter((i) => i.autoFix);
  return (
    <>
      {toFix.length === 0 ? (
        <p className="ok" data-testid="lint-ok" role="status">
          Lint: no problems.
        </p>
      ) : (
        <ul className="lint" aria-label="Lint" data-testid="lint">
          {toFix.map((i) => (
            <li key={i.id} className={i.severity} data-lint={i.rule}>
              <strong>{i.severity === 'error' ? 'Error' : 'Warning'}</strong>
              {i.blocks ? ' (blocks insert)' : ''}: {i.message}
              <span className="citation"> {citationText(i.citation)}</span>
            </li>
          ))}
        </ul>
      )}
      {fitted.length > 0 && (
        <p className="hint" data-testid="lint-autofix">
          Fitted to the screen on insert: {fitted.map((i) => i.message).join(' ')}
        </p>
      )}
    </>
  );
}
