/**
 * Alaska DPAWS facts for duties read from tracking screens (003): penalties after a good-cause
 * determination and their end date (All staff §3, §11), last month's work activity against the
 * 40-hour expectation (Work First §2), and the J016 notice's EA appointment (All staff §2).
 */
import type { CaseFacts } from '../../facts/case-facts';
import { monthEnd, monthKey, monthStart, addMonths, daysBetween } from '../../dates/date-math';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { presenceOf } from '../../facts/provenance';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { periodName } from '../explain';

type Penalty = NonNullable<CaseFacts['penalties']>[number];
const what = (p: Penalty) => `${p.reason ?? 'non-compliance'} of ${formatUs(p.date)}`;

/**
 * `penalties.noGoodCause`: non-compliance for which good cause was determined not to exist, one
 * row each, dated by the determination (the non-compliance date when the determination has no
 * date), with the date the penalty was requested (§11: "request penalties for non-compliance at
 * the time the situation occurs and after determining good cause").
 */
export function penaltiesNoGoodCause(facts: CaseFacts): FactResult {
  if (!facts.penalties) return unknown('penalties');
  const rows = facts.penalties
    .filter((p) => p.goodCause === false)
    .map((p) => ({ date: p.goodCauseDate ?? p.date, requestedDate: p.requestedDate, label: what(p) }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

/** The date §11 ends a penalty back to: the intent to comply or the compliance, whichever is first. */
const endBackTo = (p: Penalty): string | undefined => [p.intentDate, p.compliedDate].filter((d): d is string => !!d).sort()[0];

/** `penalties.toEnd`: penalties requested whose client has stated the intent to comply or complied. */
export function penaltiesToEnd(facts: CaseFacts): FactResult {
  if (!facts.penalties) return unknown('penalties');
  const rows = facts.penalties.filter((p) => p.requestedDate && endBackTo(p)).map((p) => ({ date: endBackTo(p)!, label: what(p) }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

/**
 * `penalties.endedWrong`: penalties to end whose end date is blank or not the date §11 names
 * ("End penalties back to the date the client stated their intent to comply or the date they
 * actually comply, whichever is first"). Unknown when no screen showed the end-date column.
 */
export function penaltiesEndedWrong(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.penalties) return unknown('penalties');
  const toEnd = facts.penalties.filter((p) => p.requestedDate && endBackTo(p));
  if (toEnd.length && presenceOf(ctx.sources, 'penalties[].endDate') === 'never') return unknown('penalties[].endDate');
  const rows = toEnd
    .filter((p) => p.endDate !== endBackTo(p))
    .map((p) => {
      const back = endBackTo(p)!;
      const why = p.intentDate === back ? `intent to comply stated ${formatUs(back)}` : `complied ${formatUs(back)}`;
      const now = p.endDate ? `ended back to ${formatUs(p.endDate)}` : 'not ended';
      return { date: back, label: `penalty for ${what(p)}: ${now}; ${why}, so end it back to ${formatUs(back)}` };
    });
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

function judgedMonth(params: Record<string, unknown>, ctx: EvalContext): string {
  const back = typeof params.monthsBack === 'number' ? params.monthsBack : 1;
  return monthStart(addMonths(monthStart(ctx.asOf), -back));
}

/**
 * `workActivity.fullMonth` {monthsBack}: whether that month can be judged against a weekly
 * expectation: the client was referred by its first day, TA did not close before it ended, and
 * the CMS work activity screen shows its hours (a month not yet entered is
 * ak-work-activity-entered's concern).
 */
export function workFullMonth(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const start = judgedMonth(params, ctx);
  const referral = facts.referral?.date;
  if (!isIsoDate(referral)) return unknown('referral.date');
  if (!facts.workActivity) return unknown('workActivity');
  const closure = facts.taClosure?.date;
  const row = facts.workActivity.find((w) => w.month === monthKey(start));
  const full = referral <= start && !(closure && closure < monthEnd(start)) && row?.hours !== undefined;
  return known(full, full ? `${periodName(monthKey(start))}: a full month` : `${periodName(monthKey(start))}: not a full month with hours entered`);
}

/** `workActivity.weeklyHours` {monthsBack}: that month's hours per week (hours × 7 ÷ days in the month). */
export function workWeeklyHours(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const start = judgedMonth(params, ctx);
  const hours = facts.workActivity?.find((w) => w.month === monthKey(start))?.hours;
  if (hours === undefined) return unknown('workActivity[].hours');
  const weekly = (hours * 7) / (daysBetween(start, monthEnd(start)) + 1);
  // Compared unrounded (177 hours in a 31-day month is 39.97 a week, under 40); shown cut to one
  // decimal, so a week under 40 never reads as 40.0.
  return known(weekly, `${hours} hours in ${periodName(monthKey(start))}, about ${(Math.floor(weekly * 10) / 10).toFixed(1)} a week`);
}

/** A clock time: 10:30, 9 AM, 2:15 p.m. */
const TIME = /\b(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?)(?![a-z])/i;
/** A day: 11/20, 11/20/26, 2026-11-20, Nov 20, or a weekday. */
const DAY =
  /\b(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const codeOf = (params: Record<string, unknown>) => (typeof params.code === 'string' ? params.code : 'J016').replace(/\W/g, '').toUpperCase();
const isCode = (code: string, wanted: string) => code.replace(/\W/g, '').toUpperCase() === wanted;

/** `notices.ofCode` {code}: the EIS notices of that code (default J016). */
export function noticesOfCode(facts: CaseFacts, params: Record<string, unknown>): FactResult {
  if (!facts.notices) return unknown('notices');
  const rows = facts.notices.filter((n) => isCode(n.code, codeOf(params))).map((n) => ({ date: n.date, label: `${n.code} of ${formatUs(n.date)}` }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

/**
 * `notices.withoutAppointment` {code}: notices of that code whose free-form text gives no
 * specific appointment, a day and a clock time (§2: "with a specific Employability Assessment
 * (EA) appointment time in the free-form text area"). Unknown when no screen showed the text.
 */
export function noticesWithoutAppointment(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.notices) return unknown('notices');
  const notices = facts.notices.filter((n) => isCode(n.code, codeOf(params)));
  if (notices.length && presenceOf(ctx.sources, 'notices[].text') === 'never') return unknown('notices[].text');
  const rows = notices
    .filter((n) => !(n.text && TIME.test(n.text) && DAY.test(n.text)))
    .map((n) => ({ date: n.date, label: `${n.code} of ${formatUs(n.date)}: “${n.text ?? ''}”` }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}
