/**
 * The checks on the note, in the worker's words, each with the policy it comes from. Fields
 * still empty are prompts until the worker tries to insert (lib/narration/present-checks.ts);
 * what fitting the text to the screen fixes by itself is listed apart: not the worker's to fix.
 */
import type { LintIssue } from '../../lib/narration/lint';
import type { PresentedChecks } from '../../lib/narration/present-checks';
import { citationText } from '../../lib/policy/citation';

function focusField(fieldId: string) {
  document.getElementById(fieldId)?.focus();
}

export function NoteChecks({ checks, fieldId, labelOf }: { checks: PresentedChecks; fieldId: (key: string) => string; labelOf: (key: string) => string | undefined }) {
  const { toFill, problems, fitted } = checks;
  return (
    <div className="note-checks">
      {toFill.length > 0 && (
        <div className="to-fill" data-testid="to-fill">
          <p>Still to fill in for this note:</p>
          <ul>
            {toFill.map((i) => (
              <li key={i.id} data-lint="required-field" data-prompt>
                <button type="button" className="link" onClick={() => i.field && focusField(fieldId(i.field))}>
                  {(i.field && labelOf(i.field)) ?? i.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length === 0 && toFill.length === 0 && (
        <p className="ok" data-testid="lint-ok" role="status">
          Checks: nothing to fix.
        </p>
      )}
      {problems.length > 0 && (
        <ul className="lint" aria-label="Problems with this note" data-testid="lint">
          {problems.map((i) => (
            <ProblemItem key={i.id} issue={i} />
          ))}
        </ul>
      )}
      {fitted.length > 0 && (
        <p className="hint" data-testid="lint-autofix">
          Done for you when inserted: {fitted.map((i) => i.message).join(' ')}
        </p>
      )}
    </div>
  );
}

function ProblemItem({ issue }: { issue: LintIssue }) {
  return (
    <li className={issue.severity} data-lint={issue.rule}>
      <span className="lint-badge">{issue.severity === 'error' ? 'Fix' : 'Check'}</span>
      {issue.message}
      {issue.blocks ? ' (blocks insert: fix this first)' : ''}
      <span className="citation">Policy: {citationText(issue.citation)}</span>
    </li>
  );
}
