/**
 * What the narration studio shows of the checks, and when. A note the worker has not finished
 * yet is not wrong: while required fields are empty, they are prompts ("still to fill"), and
 * checks of the whole note (headings, fit to the screen, the "[Label]" holes themselves) wait
 * until it is complete or the worker tries to insert it. What the worker typed that breaks a
 * rule (an SSN, a bad date, a value a policy check forbids) shows at once.
 */
import type { LintIssue, LintRule } from './lint';

/** About a value the worker entered: worth saying as soon as it is typed. */
const AT_ONCE = new Set<LintRule>(['invalid-value', 'ssn', 'birth-date', 'medical-no-release', 'check']);

export interface PresentedChecks {
  /** Required fields still empty, shown as neutral prompts. */
  toFill: LintIssue[];
  /** Problems to show now (required fields among them after an insert attempt). */
  problems: LintIssue[];
  /** Problems the insert fitting fixes by itself (wrapping, upper case): for information. */
  fitted: LintIssue[];
}

export function presentChecks(issues: readonly LintIssue[], attempted: boolean): PresentedChecks {
  const missing = issues.filter((i) => i.rule === 'required-field');
  const fitted = issues.filter((i) => i.autoFix);
  const rest = issues.filter((i) => !i.autoFix && i.rule !== 'required-field');
  if (attempted) return { toFill: [], problems: [...missing, ...rest], fitted };
  const complete = missing.length === 0;
  return { toFill: missing, problems: complete ? rest : rest.filter((i) => AT_ONCE.has(i.rule)), fitted: complete ? fitted : [] };
}
