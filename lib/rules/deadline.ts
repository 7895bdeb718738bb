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

/**
 * 'to-confirm': a duty only the worker can see done in the case file (an attestation rule);
 * 'action-needed': a condition the screens show is not met.
 */
export type DutyStatus = 'done' | 'done-late' | 'overdue' | 'due-soon' | 'open' | 'unknown' | 'not-applicable' | 'action-needed' | 'to-confirm';

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
  if ('eachOf' in a) throw new Error(`rule ${rule.id}: eachOf anchors are resolved by evaluateDeadlineEach`);
  const start = addMonths(monthStart(ctx.asOf), periodOffset);
  const end = monthEnd(start);
  const period = monthKey(start);
  if (a.activeFrom) {
    const from = latestDate(facts, a.activeFrom, ctx);
    // Without the start date (a referral date no screen has shown yet) CaseLens cannot tell
    // whether the duty had begun by this month: unknown, naming what to open, never overdue.
    if (!from.known) return { result: { status: 'unknown', period, missing: from.missing } };
    if (from.date && from.date > end) return { result: { status: 'not-applicable', period, missing: [] } };
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
 * Whether the duty counted from `anchor` is done, late, overdue, due soon or open as of
 * ctx.asOf. `rowDone` is the done date a list row carries itself (eachOf.doneField).
 */
function judge(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, anchor: IsoDate, period?: string, periodEnd?: IsoDate, rowDone?: { date?: IsoDate }): DeadlineResult {
  const due = dueDate(anchor, rule.due, ctx);
  let missing: string[] = [];
  if (rowDone) {
    const doneOn = rowDone.date && rowDone.date >= anchor && rowDone.date <= ctx.asOf ? rowDone.date : undefined;
    if (doneOn) return { status: doneOn <= due ? 'done' : 'done-late', anchor, due, doneOn, missing: [] };
  } else if (rule.done) {
    const doneFact = getFact(facts, rule.done.fact, { ...rule.done.params, anchor, due, ...(periodEnd ? { periodEnd } : {}) }, ctx);
    if (doneFact.known) {
      const from = rule.done.countFrom === 'any' ? undefined : anchor;
      const until = periodEnd && periodEnd < ctx.asOf && rule.done.countUntil !== 'asOf' ? periodEnd : ctx.asOf;
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

/**
 * The duty's status as of ctx.asOf. For a period anchor, `periodOffset` picks the period
 * (0 = this month, -1 = last month); only dates within that period show it done.
 */
export function evaluateDeadline(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, periodOffset = 0): DeadlineResult {
  const resolved = resolveAnchor(rule, facts, ctx, periodOffset);
  if ('result' in resolved) return resolved.result;
  return judge(rule, facts, ctx, resolved.anchor, resolved.period, resolved.periodEnd);
}

interface Row {
  anchor: IsoDate;
  /** Set when the rule reads the row's own done date (eachOf.doneField). */
  done?: { date?: IsoDate };
}

/** The rows of an `eachOf` anchor (dated, and with their own done date when the rule says so), or what is missing to know them. */
function rowsOf(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext): { rows: Row[] } | { missing: string[] } {
  const a = rule.anchor as Extract<DeadlineRule['anchor'], { eachOf: unknown }>;
  const r = getFact(facts, a.eachOf.fact, a.eachOf.params, ctx);
  if (!r.known) return { missing: r.missing };
  const key = a.eachOf.date ?? 'date';
  const doneField = a.eachOf.doneField;
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const row of Array.isArray(r.value) ? r.value : []) {
    const record = row && typeof row === 'object' ? (row as Record<string, unknown>) : undefined;
    const anchor = typeof row === 'string' ? row : record?.[key];
    if (!isIsoDate(anchor)) continue;
    if (doneField) {
      const date = record?.[doneField];
      rows.push({ anchor, done: { date: isIsoDate(date) ? date : undefined } });
    } else if (!seen.has(anchor)) {
      seen.add(anchor); // rows on the same day share their notes
      rows.push({ anchor });
    }
  }
  return { rows: rows.sort((x, y) => x.anchor.localeCompare(y.anchor)) };
}

/**
 * Every instance of the duty: one per row for an `eachOf` anchor (empty when the list shown has
 * no rows), else the one result of evaluateDeadline.
 */
export function evaluateDeadlineEach(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext): DeadlineResult[] {
  if (!('eachOf' in rule.anchor)) return [evaluateDeadline(rule, facts, ctx)];
  const found = rowsOf(rule, facts, ctx);
  if ('missing' in found) return [{ status: 'unknown', missing: found.missing }];
  const rows = found.rows.filter((row) => row.anchor <= ctx.asOf);
  return withOwnDeeds(rule, facts, ctx, rows).map((row) => judge(rule, facts, ctx, row.anchor, undefined, undefined, row.done));
}

/**
 * One deed answers one row: a CLNO dated 11/20 records the contact of 11/20, not also the one
 * of 11/10. Each deed (a done date) goes to the latest row on or before it that has none yet;
 * rows that carry their own done date (eachOf.doneField) keep it. When the deeds are not known,
 * the rows are judged as they are (unknown once due).
 */
function withOwnDeeds(rule: DeadlineRule, facts: CaseFacts, ctx: EvalContext, rows: Row[]): Row[] {
  if (!rule.done || rows.every((r) => r.done) || !rows.length) return rows;
  const deeds = getFact(facts, rule.done.fact, rule.done.params ?? {}, ctx);
  if (!deeds.known) return rows;
  const assigned = new Map<Row, IsoDate>();
  for (const date of datesIn(deeds.value).filter((d) => d <= ctx.asOf).sort()) {
    const row = [...rows].reverse().find((r) => r.anchor <= date && !assigned.has(r));
    if (row) assigned.set(row, date);
  }
  return rows.map((r) => ({ ...r, done: { date: assigned.get(r) } }));
}
