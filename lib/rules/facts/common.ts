/**
 * General computed facts any jurisdiction's rules may use: whether a field a screen showed is
 * blank, and a date shifted by an offset.
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addDays, addMonths, monthEnd, monthStart } from '../../dates/date-math';
import { isIsoDate } from '../../dates/iso-date';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { getFact, readPath } from '../fact-access';
import { formatValue } from '../format-value';
import { presenceOf } from '../../facts/provenance';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** How a screen showed `path`: its value, whether a screen showed it blank, or neither. */
function onScreen(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): { path?: string; blank: boolean; value: unknown } {
  const path = str(params.path);
  if (!path) return { blank: false, value: undefined };
  const presence = presenceOf(ctx.sources, path);
  // Shown but unreadable is neither blank nor a value.
  if (presence === 'unreadable') return { path, blank: false, value: undefined };
  const value = readPath(facts, path);
  return { path, blank: presence === 'blank', value: value === '' ? undefined : value };
}

/**
 * `blank` {path}: true when a screen that has the field showed it blank; false when a value is
 * known; unknown when no screen showed the field (or showed it unreadable). Only the read says
 * "blank": a known case plan from another screen proves nothing about this field.
 */
export function blank(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const { path, blank: isBlank, value } = onScreen(facts, params, ctx);
  if (!path) return unknown('blank: params.path');
  if (value !== undefined) return known(false, formatValue(value));
  return isBlank ? known(true, 'blank') : unknown(path);
}

/**
 * `shown` {path}: the field's value, or an empty list when a screen that has the field showed
 * it blank (an EA date blank on the EIS referral screen: no EA yet), so a deadline can be
 * overdue rather than unknown. Unknown when no screen showed it.
 */
export function shown(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const { path, blank: isBlank, value } = onScreen(facts, params, ctx);
  if (!path) return unknown('shown: params.path');
  if (value !== undefined) return known(value);
  return isBlank ? known([], 'blank') : unknown(path);
}

/**
 * `date.shift` {fact, days?, months?, toMonthStart?, toMonthEnd?}: a date fact moved by an
 * offset, e.g. the end of a six-month window after a closure. Months clamp to the month end
 * (Jan 31 + 1 month = Feb 28 or 29); `toMonthStart` / `toMonthEnd` then move to the first or
 * last day of that month.
 */
export function dateShift(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const name = str(params.fact);
  if (!name) return unknown('date.shift: params.fact');
  const base = getFact(facts, name, undefined, ctx);
  if (!base.known) return base;
  if (!isIsoDate(base.value)) return unknown(name);
  let d = addDays(addMonths(base.value, num(params.months) ?? 0), num(params.days) ?? 0);
  if (params.toMonthStart === true) d = monthStart(d);
  if (params.toMonthEnd === true) d = monthEnd(d);
  return known(d);
}
