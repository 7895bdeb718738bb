/**
 * Demo cases for the facts issue 13 added (Alaska 003): Families First documents with their
 * dates (FF §5), the last and next track review (FF §4), appointments (All staff §2, FF §1) and
 * referrals to other agencies with their follow-up dates (All staff §8). One case on the edges,
 * one clean; dates relative to "today" like the rest of the demo.
 */
import { addDays, addMonths, monthStart } from '../../lib/dates/date-math';
import { addBusinessDays } from '../../lib/dates/business-days';
import { observedHolidays } from '../../lib/dates/holidays';
import type { Calendar } from '../../lib/dates/calendar-schema';
import alaskaCalendar from '../../lib/calendars/alaska.json' with { type: 'json' };
import type { AlaskaCase } from './types';
import type { AlaskaKit } from './cases-duties';

const cal = alaskaCalendar as unknown as Calendar;

/** The next Alaska state holiday after today (the office is closed: an appointment set then cannot be kept). */
export function nextStateHoliday(today: string): string {
  const year = Number(today.slice(0, 4));
  return [...observedHolidays(cal, year), ...observedHolidays(cal, year + 1)].map((h) => h.date).filter((d) => d > today).sort()[0]!;
}

export function familiesFirstCases({ today, d, base, notes }: AlaskaKit): AlaskaCase[] {
  const lastMonthMid = addDays(monthStart(addMonths(today, -1)), 14);
  const thisMonthReview = d(-10) >= monthStart(today) ? d(-10) : today;
  const trackReviews = [
    { date: lastMonthMid, title: 'Monthly track review - stays Families First', body: 'Reviewed for Work First; not ready.' },
    { date: thisMonthReview, title: 'Monthly track review - stays Families First', body: 'Reviewed for Work First; not ready.' },
  ];
  const ffNotes = notes(/ALEXsys|Resume|application|Budget/i, ...trackReviews);
  const officeDay = addBusinessDays({ calendar: cal }, today, 5);
  return [
    base('2000222', 22, 'Families First: no Family Support Team after 70 days; next track review set 2 months after the last; an FSSP review set on a state holiday; a referral with no follow-up date (003 FF §4, §5; §2; §8).', {
      track: 'FF',
      referral: { date: d(-70) },
      clnos: ffNotes,
      ff: { weeklyCalendar: { completed: d(-50) }, familyNetwork: { completed: d(-45), updated: d(-12) } },
      trackReview: { last: thisMonthReview, next: addMonths(thisMonthReview, 2) },
      appointments: [
        { date: d(-15), time: '2:00 PM', purpose: 'FAMILY SUPPORT TEAM MEETING', status: 'KEPT' },
        { date: nextStateHoliday(today), time: '10:00 AM', purpose: 'FSSP REVIEW', status: 'SCHEDULED' },
      ],
      agencyReferrals: [
        { date: d(-30), agency: 'NORTHSTAR CLINIC', reason: 'MENTAL HEALTH ASSESSMENT' },
        { date: d(-25), agency: 'THREAD', reason: 'CHILDCARE PROVIDER LIST', followUp: d(-11), followedUp: d(-12) },
      ],
    }),
    base('2000223', 23, 'Families First, clean: documents complete, track reviewed monthly, appointments on office days, referrals followed up.', {
      track: 'FF',
      clnos: ffNotes,
      ff: { weeklyCalendar: { completed: d(-40) }, familyNetwork: { completed: d(-38) }, familySupportTeam: { completed: d(-35), updated: d(-5) } },
      trackReview: { last: thisMonthReview, next: addDays(thisMonthReview, 28) },
      appointments: [{ date: officeDay, time: '9:30 AM', purpose: 'FAMILY SUPPORT TEAM MEETING', status: 'SCHEDULED' }],
      agencyReferrals: [{ date: d(-20), agency: 'VOCATIONAL REHABILITATION', reason: 'DISABILITY EVALUATION', followUp: d(10) }],
    }),
  ];
}
