/**
 * Deadline rules: from an anchor date (a fact, the latest of several facts, or a recurring
 * period) to a due date, in calendar or business days, and whether the duty shows done on the
 * screens.
 */
import type { CaseFacts } from '../facts/case-facts';
import { addBusinessDays } from '../dates/business-days';
import { addDays, addMonths, monthEnd, monthKey, monthStart } from '../dates/date-math';
import { isIsoDate, makeIsoDate, type IsoDate } from '../dates/iso-date';
import type { DeadlineRule, Due, FactRef } from './rule-schema';
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

/** Every ISO date in a fact value: a date, a list of dates, or rows with a `date`. */
export function datesIn(value: unknown): IsoDate[] {
  if (typeof value === 'string') return isIsoDate(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(datesIn);
  if (value && typeof value === 'object' && 'date' in value) return datesIn((value as { date: unknown }).date);
  return [];
}

type LatestDate = { known: true; date?: IsoDate } | { known: false; missing: string[] };

/** The latest date a fact shows (the latest counts when a fact lists several). */
function latestDate(facts: CaseFacts, ref: FactRef, ctx: EvalContext): LatestDate {
  const r = getFact(facts, ref.fact, ref.params, ctx);
  if (!r.known) return r;
  return { known: true, date: datesIn(r.value).sort().at(-1) };
}

type Anchored = { anchor: IsoDate; period?: string; periodEnd?: IsoDate } | { result: DeadlineResult };

function resolveAnchor(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, periodOffset: number): Anchored {
  const a = rule.anchor;
  if ('fact' in a) {
    const r = latestDate(facts, a, ctx);
    if (!r.known) return { result: { status: 'unknown', missing: r.missing } };
    return r.date ? { anchor: r.date } : { result: { status: 'unknown', missing: [a.fact] } };
  }
  if ('latestOf' in a) {
    const dates: IsoDate[] = [];
    const missing: string[] = [];
    for (const ref of a.latestOf) {
      const r = latestDate(facts, ref, ctx);
      if (!r.known) {
        if (!ref.optional) missing.push(...r.missing);
      } else if (r.date) dates.push(r.date);
    }
    if (missing.length) return { result: { status: 'unknown', missing: [...new Set(missing)] } };
    const anchor = dates.sort().at(-1);
    return anchor ? { anchor } : { result: { status: 'unknown', missing: a.latestOf.map((r) => r.fact) } };
  }
  const start = addMonths(monthStart(ctx.asOf), periodOffset);
  const end = monthEnd(start);
  const period = monthKey(start);
  if (a.activeFrom) {
    const from = latestDate(facts, a.activeFrom, ctx);
    // The current period is worked whatever the start date; a past period counts only when
    // the case is known to have begun by its end.
    if (!from.known && periodOffset < 0) return { result: { status: 'unknown', period, missing: from.missing } };
    if (from.known && from.date && from.date > end) return { result: { status: 'not-applicable', period, missing: [] } };
  }
  if (a.activeUntil) {
    // An end date not on any screen means the case is still open (the usual state of a case
    // being worked); a known end date before the period stops the duty.
    const until = latestDate(facts, a.activeUntil, ctx);
    if (until.known && until.date && until.date < start) return { result: { status: 'not-applicable', period, missing: [] } };
  }
  return { anchor: start, period, periodEnd: end };
}

/**
 * The duty's status as of ctx.asOf. For a period anchor, `periodOffset` picks the period
 * (0 = this month, -1 = last month); only dates within that period show it done.
 */
export function evaluateDeadline(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, periodOffset = 0): DeadlineResult {
  const resolved = resolveAnchor(rule, facts, ctx, periodOffset);
  if ('result' in resolved) return resolved.result;
  const { anchor, period, periodEnd } = resolved;
  const due = dueDate(anchor, rule.due, ctx);
  let missing: string[] = [];
  if (rule.done) {
    const doneFact = getFact(facts, rule.done.fact, { ...rule.done.params, anchor, due, ...(periodEnd ? { periodEnd } : {}) }, ctx);
    if (doneFact.known) {
      const from = rule.done.countFrom === 'any' ? undefined : anchor;
      const until = periodEnd && periodEnd < ctx.asOf ? periodEnd : ctx.asOf;
      // Dates after today are plans, not deeds; dates after the period belong to a later one.
      const doneOn = datesIn(doneFact.value)
        .filter((d) => (from === undefined || d >= from) && d <= until)
        .sort()[0];
      if (doneOn) return { status: doneOn <= due ? 'done' : 'done-late', anchor, due, doneOn, period, missing: [] };
    } else {
      if (ctx.asOf > due) return { status: 'unknown', anchor, due, period, missing: doneFact.missing };
      missing = doneFact.missing;
    }
  }
  if (ctx.asOf > due) return { status: 'overdue', anchor, due, period, missing: [] };
  // Due soon: at most N business days left, i.e. before the (N+1)th business day from today
  // (the same as counting the days between, without walking to a far-off due date).
  const status = due < addBusinessDays(ctx.calendar, ctx.asOf, ctx.settings.dueSoonBusinessDays + 1) ? 'due-soon' : 'open';
  return { status, anchor, due, period, missing };
}
