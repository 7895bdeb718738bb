/**
 * Deadline rules: from an anchor date (a fact, or the start of this month) to a due date, in
 * calendar or business days, and whether the duty shows done on the screens.
 */
import type { CaseFacts } from '../facts/case-facts';
import { addBusinessDays, businessDaysBetween } from '../dates/business-days';
import { addDays, addMonths, monthEnd, monthKey, monthStart } from '../dates/date-math';
import { isIsoDate, makeIsoDate, type IsoDate } from '../dates/iso-date';
import type { DeadlineRule, Due } from './rule-schema';
import { getFact } from './fact-access';
import type { EvalContext } from './context';

export type DutyStatus = 'done' | 'done-late' | 'overdue' | 'due-soon' | 'open' | 'unknown' | 'not-applicable' | 'action-needed';

export interface DeadlineResult {
  status: DutyStatus;
  anchor?: IsoDate;
  due?: IsoDate;
  doneOn?: IsoDate;
  /** Period the duty is for, e.g. "2026-11" for a monthly duty. */
  period?: string;
  missing: string[];
}

export function dueDate(anchor: IsoDate, due: Due, ctx: EvalContext): IsoDate {
  if ('businessDays' in due) return addBusinessDays(ctx.calendar, anchor, due.businessDays);
  if ('days' in due) return addDays(anchor, due.days);
  if ('months' in due) return addMonths(anchor, due.months);
  const month = addMonths(monthStart(anchor), 'dayOfMonth' in due ? due.monthOffset : due.endOfMonth);
  if ('endOfMonth' in due) return monthEnd(month);
  const last = Number(monthEnd(month).slice(8));
  return makeIsoDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), Math.min(due.dayOfMonth, last))!;
}

function datesIn(value: unknown): IsoDate[] {
  if (typeof value === 'string') return isIsoDate(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  if (value && typeof value === 'object' && 'date' in value) return datesIn((value as { date: unknown }).date);
  return [];
}

export function evaluateDeadline(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext): DeadlineResult {
  let anchor: IsoDate | undefined;
  let period: string | undefined;
  if ('period' in rule.anchor) {
    anchor = monthStart(ctx.asOf);
    period = monthKey(anchor);
  } else {
    const a = getFact(facts, rule.anchor.fact, rule.anchor.params, ctx);
    if (!a.known) return { status: 'unknown', missing: a.missing };
    // The latest date counts when a fact lists several (e.g. referral, CM change, track change).
    anchor = datesIn(a.value).sort().at(-1);
    if (!anchor) return { status: 'unknown', missing: [rule.anchor.fact] };
  }
  const due = dueDate(anchor, rule.due, ctx);
  const doneFact = getFact(facts, rule.done.fact, { ...rule.done.params, anchor, due }, ctx);
  if (doneFact.known) {
    const doneOn = datesIn(doneFact.value).filter((d) => d >= anchor).sort()[0];
    if (doneOn) return { status: doneOn <= due ? 'done' : 'done-late', anchor, due, doneOn, period, missing: [] };
  }
  if (!doneFact.known && ctx.asOf > due) return { status: 'unknown', anchor, due, period, missing: doneFact.missing };
  if (ctx.asOf > due) return { status: 'overdue', anchor, due, period, missing: [] };
  const left = businessDaysBetween(ctx.calendar, ctx.asOf, due);
  const status = left <= ctx.settings.dueSoonBusinessDays ? 'due-soon' : 'open';
  return { status, anchor, due, period, missing: doneFact.known ? [] : doneFact.missing };
}
