/**
 * One way to evaluate a case, used by the background (marks, caseload summary), the side panel
 * and the bench: the rules for the case's jurisdiction as of today there, with the duties the
 * worker marked done by hand taken into account.
 */
import type { CaseState } from '../facts/provenance';
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
  return { ...evaluation, checklist, findings: evaluation.findings.filter((f) => !doneRules.has(f.ruleId)) };
}

/**
 * Evaluates what CaseLens knows of a case: the saved facts with where each was seen (a field is
 * blank only when a screen showed it blank; unreadable ones stay unknown) and what was typed
 * but not saved, plus the duties the worker marked done by hand.
 */
export type CaseEvaluatorFn = (state: Pick<CaseState, 'facts'> & Partial<CaseState>, marks?: readonly DutyMark[]) => CaseEvaluation;

export function makeEvaluator(settings: Settings, knowledge: Pick<Knowledge, 'rules' | 'calendars'>, now: Date = new Date()): CaseEvaluatorFn {
  const reviewRuleIds = new Set(knowledge.rules.filter((r) => r.caseloadReview).map((r) => r.id));
  return ({ facts, sources = {}, pending = {} }, marks = []) => {
    const ctx = { ...contextFor(facts.jurisdiction, settings, knowledge.calendars, now), sources, pending };
    return { ...applyMarks(evaluateCase(facts, knowledge.rules, ctx), marks), asOf: ctx.asOf, ctx, reviewRuleIds };
  };
}
