/**
 * A deadline rule's checklist item and findings: one duty (or one per row of a list, or one
 * per month looked back on), each done, open with its due date, overdue, or unknown.
 */
import type { CaseFacts } from '../facts/case-facts';
import { daysBetween } from '../dates/date-math';
import { formatUs } from '../dates/iso-date';
import type { DeadlineRule } from './rule-schema';
import { evaluateDeadline, evaluateDeadlineEach, type DeadlineResult, type DutyStatus } from './deadline';
import type { EvalContext } from './context';
import { deadlineValues, explainWith, periodName } from './explain';
import { pendingFor, rowFor, type EvidenceRow } from './evidence';
import type { ChecklistItem, Finding, RuleCommon, RuleOutput } from './evaluate';

const DEADLINE_FINDING: Partial<Record<DutyStatus, true>> = { overdue: true, 'done-late': true };
/** Most urgent first: the one a duty over several rows shows. */
const URGENCY: DutyStatus[] = ['overdue', 'unknown', 'due-soon', 'open', 'done-late', 'done', 'not-applicable'];

function anchorFact(rule: DeadlineRule): string | undefined {
  const a = rule.anchor;
  if ('fact' in a) return a.fact;
  if ('eachOf' in a) return a.eachOf.fact;
  return undefined;
}

function evidenceOf(rule: DeadlineRule, r: DeadlineResult, ctx: EvalContext): EvidenceRow[] {
  const a = rule.anchor;
  const anchorValue = r.period && 'period' in a ? periodName(r.period) : r.anchor ? formatUs(r.anchor) : 'not on any screen seen';
  const anchorPath = 'latestOf' in a ? a.latestOf.map((x) => x.fact).join(' / ') : anchorFact(rule);
  const rows: EvidenceRow[] = [
    'period' in a ? rowFor('period', a.label, anchorValue, ctx, undefined) : rowFor(anchorPath ?? 'anchor', a.label, anchorValue, ctx, anchorFact(rule)),
  ];
  if (rule.done) {
    const value = r.doneOn ? formatUs(r.doneOn) : r.status === 'unknown' && r.missing.length ? 'not on any screen seen' : 'not done on any screen seen';
    rows.push(rowFor(rule.done.fact, rule.done.label, value, ctx, r.missing[0] ?? rule.done.fact));
  }
  rows.push(rowFor('due', 'Due', r.due ? formatUs(r.due) : '', ctx, undefined));
  return rows;
}

export function evaluateDeadlineRule(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, common: RuleCommon): RuleOutput {
  const explain = (r: DeadlineResult) => explainWith(rule.explain, deadlineValues(r, ctx), facts);
  const pending = pendingFor([rule.mark], ctx);
  const instances = evaluateDeadlineEach(rule, facts, ctx);
  const perRow = 'eachOf' in rule.anchor;
  const duty = rule.duty ?? rule.title;
  const items: ChecklistItem[] = [];
  // The duty's face: the one instance most in need of attention (the earliest due among equals).
  const shown = [...instances].sort((a, b) => URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) || (a.due ?? '9').localeCompare(b.due ?? '9'))[0];
  if (shown && shown.status !== 'not-applicable') {
    items.push({
      ...common,
      duty,
      status: shown.status,
      due: shown.due,
      anchor: shown.anchor,
      doneOn: shown.doneOn,
      period: shown.period,
      missing: shown.missing,
      explanation: explain(shown),
      evidence: evidenceOf(rule, shown, ctx),
      ...(perRow ? { instances: instances.length } : {}),
      ...(pending ? { pending } : {}),
    });
  }
  // A monthly duty due at the month end can only be missed once the month is over, so past
  // periods are looked at too (anchor.lookBack); each one missed is its own finding.
  const lookBack = 'period' in rule.anchor ? (rule.anchor.lookBack ?? 0) : 0;
  const results = [...instances];
  for (let offset = -1; offset >= -lookBack; offset--) results.push(evaluateDeadline(rule, facts, ctx, offset));
  const findings: Finding[] = [];
  for (const r of results) {
    const recentLate = r.status === 'done-late' && !!r.doneOn && rule.reportLateDays > 0 && daysBetween(r.doneOn, ctx.asOf) <= rule.reportLateDays;
    if (!DEADLINE_FINDING[r.status] || !(r.status === 'overdue' || recentLate)) continue;
    findings.push({
      ...common,
      severity: r.status === 'done-late' ? 'warning' : rule.severity,
      title: rule.title,
      explanation: explain(r),
      evidence: evidenceOf(rule, r, ctx),
      mark: rule.mark,
      due: r.due,
      status: r.status,
      ...(pending ? { pending } : {}),
    });
  }
  const unknown = instances.find((r) => r.status === 'unknown');
  return { findings, items, unjudged: unknown ? unknown.missing : undefined };
}
