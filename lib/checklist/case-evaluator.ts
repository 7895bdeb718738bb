/**
 * One way to evaluate a case, used by the background (marks, caseload summary), the side panel
 * and the bench: the rules for the case's jurisdiction as of today there, with the duties the
 * worker marked done by hand taken into account.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { Settings } from '../config/settings-schema';
import type { Knowledge } from '../knowledge';
import { contextFor } from '../rules/context-for';
import type { EvalContext } from '../rules/context';
import { evaluateCase, type ChecklistItem, type Evaluation } from '../rules/evaluate';
import type { DutyMark } from '../store/db';

export interface CaseEvaluation extends Evaluation {
  asOf: string;
  ctx: EvalContext;
  /** Duties that count as the monthly caseload review (rules with caseloadReview). */
  reviewRuleIds: ReadonlySet<string>;
}

/** A monthly duty is marked for its month; any other duty once. */
export const dutyKeyOf = (item: Pick<ChecklistItem, 'ruleId' | 'period'>): string => (item.period ? `${item.ruleId}@${item.period}` : item.ruleId);

export function applyMarks(evaluation: Evaluation, marks: readonly DutyMark[]): Evaluation {
  if (!marks.length) return evaluation;
  const byKey = new Map(marks.map((m) => [m.dutyKey, m]));
  const doneRules = new Set<string>();
  const checklist = evaluation.checklist.map((item) => {
    const mark = byKey.get(dutyKeyOf(item));
    if (!mark || item.status === 'done' || item.status === 'not-applicable') return item;
    doneRules.add(item.ruleId);
    return { ...item, status: 'done' as const, doneOn: mark.doneOn, manual: { note: mark.note, markedAt: mark.markedAt } };
  });
  return { checklist, findings: evaluation.findings.filter((f) => !doneRules.has(f.ruleId)) };
}

/** `unreadable`: fact paths a screen showed but CaseLens could not read (unknown, not blank). */
export type CaseEvaluatorFn = (facts: CaseFacts, marks?: readonly DutyMark[], unreadable?: readonly string[]) => CaseEvaluation;

export function makeEvaluator(settings: Settings, knowledge: Pick<Knowledge, 'rules' | 'calendars'>, now: Date = new Date()): CaseEvaluatorFn {
  const reviewRuleIds = new Set(knowledge.rules.filter((r) => r.caseloadReview).map((r) => r.id));
  return (facts, marks = [], unreadable = []) => {
    const ctx = { ...contextFor(facts.jurisdiction, settings, knowledge.calendars, now), unreadable };
    return { ...applyMarks(evaluateCase(facts, knowledge.rules, ctx), marks), asOf: ctx.asOf, ctx, reviewRuleIds };
  };
}
