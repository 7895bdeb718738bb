/**
 * Childcare facts (003 All staff §22: "request childcare authorization in CMS before the first
 * of each month"): the requests the CMS childcare screen shows, whether the case has childcare,
 * and which request is for a given month. A screen that lists every request (childcare.requests)
 * shows the whole history; a screen that shows only the latest request (requestDate, forMonth)
 * cannot show an earlier month's request once a later one exists, and CaseLens says so.
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addMonths, monthKey, monthStart } from '../../dates/date-math';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { patternMatches } from './classify';

interface Request {
  date: string;
  forMonth: string;
}

const monthUs = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const describe = (rows: readonly Request[]) => rows.map((r) => `${formatUs(r.date)} for ${monthUs(r.forMonth)}`).join('; ') || 'none';

/** Every request seen (the list, plus the latest-request fields when not already in it); undefined when none of them was seen. */
function requestsSeen(facts: CaseFacts): { rows: Request[]; complete: boolean } | undefined {
  const c = facts.childcare;
  const listed = c?.requests;
  const latest = c?.requestDate && c.forMonth ? { date: c.requestDate, forMonth: c.forMonth } : undefined;
  if (!listed && !latest) return undefined;
  const rows = [...(listed ?? [])].map((r) => ({ date: r.date, forMonth: r.forMonth }));
  if (latest && !rows.some((r) => r.date === latest.date && r.forMonth === latest.forMonth)) rows.push(latest);
  return { rows: rows.sort((a, b) => a.date.localeCompare(b.date)), complete: listed !== undefined };
}

/** Supportive services the CMS screen lists that are childcare (003 §21 "supportive services, including childcare"), by the CLNO kind "childcare" words. */
function childcareServices(facts: CaseFacts, ctx: EvalContext): Array<{ date: string; kind?: string }> | undefined {
  if (!facts.supportiveServices) return undefined;
  const patterns = ctx.settings.clnoKinds.find((k) => k.id === 'childcare')?.titlePatterns ?? [];
  return facts.supportiveServices.filter((s) => patterns.some((p) => patternMatches(p, s.kind)));
}

/**
 * `childcare.seen`: what shows the case has childcare: requests on the CMS childcare screen and
 * childcare rows of the supportive-services screen. Unknown when neither screen was seen; an
 * empty list when they were and show none.
 */
export function childcareSeen(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const requests = requestsSeen(facts);
  const services = childcareServices(facts, ctx);
  if (!requests && !services) return unknown('childcare.requests');
  const rows = [
    ...(requests?.rows ?? []).map((r) => ({ date: r.date, label: `request of ${formatUs(r.date)} for ${monthUs(r.forMonth)}` })),
    ...(services ?? []).map((s) => ({ date: s.date, label: `${s.kind ?? 'childcare'} authorized ${formatUs(s.date)}` })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

/** `childcare.since`: the earliest date that shows childcare (the monthly request duty starts with it). */
export function childcareSince(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const seen = childcareSeen(facts, params, ctx);
  if (!seen.known) return seen;
  const first = (seen.value as Array<{ date: string }>)[0];
  return first ? known(first.date) : unknown('childcare.requests');
}

/**
 * `childcare.requestedFor` {monthsAfterAnchor}: the dates of the requests for the month that
 * many months after the duty's month (1: next month's authorization). Unknown when no request
 * was seen, or when only the latest request is on screen and it is for a later month (an
 * earlier month's request would not show).
 */
export function childcareRequestedFor(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const seen = requestsSeen(facts);
  if (!seen) return unknown('childcare.requests');
  const anchor = isIsoDate(params.anchor) ? params.anchor : monthStart(ctx.asOf);
  const n = typeof params.monthsAfterAnchor === 'number' ? params.monthsAfterAnchor : 1;
  const target = monthKey(addMonths(monthStart(anchor), n));
  const rows = seen.rows.filter((r) => r.forMonth === target);
  if (!rows.length && !seen.complete && seen.rows.some((r) => r.forMonth > target)) return unknown('childcare.requests');
  return known(rows.map((r) => r.date), rows.length ? describe(rows) : `no request for ${monthUs(target)}`);
}
