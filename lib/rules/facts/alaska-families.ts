/**
 * Alaska facts for the screens issue 13 added (003): the Families First documents and track
 * reviews a screen dates (FF §4, §5), appointments (All staff §2, FF §1) and referrals to other
 * agencies (All staff §8). The Families First duties count a document or review done when a
 * CLNO says so (the notes CaseLens read before) or when the Families First screen dates it.
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addMonths } from '../../dates/date-math';
import { holidayName } from '../../dates/business-days';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { presenceOf } from '../../facts/provenance';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { clnoDates } from './alaska-clno';

type Dated = { date: string; title: string };

/** The Families First document each CLNO kind stands for (the kinds' ids in Settings.clnoKinds). */
const DOCUMENTS = {
  'weekly-calendar': ['weeklyCalendar', 'Weekly Calendar of Routines'],
  'family-network': ['familyNetwork', 'Family Network'],
  'family-support-team': ['familySupportTeam', 'Family Support Team'],
} as const;

const describe = (rows: readonly Dated[]) => (rows.length ? rows.map((r) => `${formatUs(r.date)} ${r.title}`).join('; ') : 'none');
const byDate = (a: Dated, b: Dated) => a.date.localeCompare(b.date);

/**
 * `familiesFirst.documentDates` {kind}: when the document was completed or updated, from CLNOs of
 * that kind and from the Families First screen's dates. Known when either source was seen (a
 * blank date on the screen says the document is not on file), unknown when neither was.
 */
export function ffDocumentDates(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const kind = typeof params.kind === 'string' && Object.hasOwn(DOCUMENTS, params.kind) ? (params.kind as keyof typeof DOCUMENTS) : undefined;
  if (!kind) return unknown('familiesFirst.documentDates: params.kind');
  const [doc, name] = DOCUMENTS[kind];
  const path = `familiesFirst.${doc}.completedDate`;
  const notes = clnoDates(facts, { kind }, ctx);
  const onScreen = facts.familiesFirst?.[doc];
  const screenRows: Dated[] = [
    ...(onScreen?.completedDate ? [{ date: onScreen.completedDate, title: `${name} completed (Families First screen)` }] : []),
    ...(onScreen?.updatedDate ? [{ date: onScreen.updatedDate, title: `${name} updated (Families First screen)` }] : []),
  ];
  const screenSeen = presenceOf(ctx.sources, path) !== 'never' && presenceOf(ctx.sources, path) !== 'unreadable';
  if (!notes.known && !screenSeen && !screenRows.length) return unknown('clnos', path);
  const rows = [...(notes.known ? (notes.value as Dated[]) : []), ...screenRows].sort(byDate);
  return known(rows, describe(rows));
}

/** `trackReview.dates`: monthly track reviews from CLNOs of kind track-review and the last review date a screen shows. */
export function trackReviewDates(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const notes = clnoDates(facts, { kind: 'track-review' }, ctx);
  const last = facts.trackReview?.lastDate;
  if (!notes.known && !last) return unknown('clnos', 'trackReview.lastDate');
  const rows = [...(notes.known ? (notes.value as Dated[]) : []), ...(last ? [{ date: last, title: 'Last track review (screen)' }] : [])].sort(byDate);
  return known(rows, describe(rows));
}

/** `trackReview.scheduledLate`: the next track review is set more than a month after the last one (FF §4: "a minimum of monthly"). */
export function trackReviewScheduledLate(facts: CaseFacts): FactResult {
  const { lastDate, nextDate } = facts.trackReview ?? {};
  if (!isIsoDate(lastDate) || !isIsoDate(nextDate)) return unknown(...(!isIsoDate(lastDate) ? ['trackReview.lastDate'] : []), ...(!isIsoDate(nextDate) ? ['trackReview.nextDate'] : []));
  const latest = addMonths(lastDate, 1);
  const late = nextDate > latest;
  return known(late, `last ${formatUs(lastDate)}, next ${formatUs(nextDate)}${late ? `, after ${formatUs(latest)}` : ''}`);
}

/**
 * `appointments.onClosureDays`: appointments from today on that fall on a day the office is
 * closed: a holiday of the jurisdiction's calendar or a closure day the agency set in Settings
 * (ctx.calendar.closures).
 */
export function appointmentsOnClosureDays(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.appointments) return unknown('appointments');
  const rows = facts.appointments
    .filter((a) => a.date >= ctx.asOf)
    .map((a) => ({ a, closed: holidayName(ctx.calendar, a.date) }))
    .filter((x): x is { a: (typeof x)['a']; closed: string } => !!x.closed)
    .map(({ a, closed }) => ({
      date: a.date,
      label: `${a.purpose ?? 'appointment'} on ${formatUs(a.date)}${a.time ? ` at ${a.time}` : ''}: ${closed === 'agency closure' ? 'an office closure day set in Settings' : `a state holiday (${closed})`}`,
    }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

const words = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** `appointments.ofPurpose` {words}: appointments whose purpose names any of the words ("family support team", "FST"). */
export function appointmentsOfPurpose(facts: CaseFacts, params: Record<string, unknown>): FactResult {
  if (!facts.appointments) return unknown('appointments');
  const wanted = words(params.words).map((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
  const rows = facts.appointments.filter((a) => a.purpose && wanted.some((re) => re.test(a.purpose!))).map((a) => ({ date: a.date, label: `${a.purpose} ${formatUs(a.date)}` }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}

/** `agencyReferrals.withoutFollowUp`: referrals with no follow-up date (All staff §8: "Establish dates to follow-up on referrals"). */
export function referralsWithoutFollowUp(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.agencyReferrals) return unknown('agencyReferrals');
  if (facts.agencyReferrals.length && presenceOf(ctx.sources, 'agencyReferrals[].followUpDate') === 'never') return unknown('agencyReferrals[].followUpDate');
  const rows = facts.agencyReferrals.filter((r) => !r.followUpDate).map((r) => ({ date: r.date, label: `${r.agency ?? 'referral'} of ${formatUs(r.date)}${r.reason ? ` (${r.reason})` : ''}` }));
  return known(rows, rows.length ? rows.map((r) => r.label).join('; ') : 'none');
}
