/**
 * Demo cases for the duties added with issue 11 (forward childcare requests, plan narration,
 * barriers, penalties, releases, responsiveness, 40 hours, the J016 notice). Each sits on one
 * edge, most both ways; dates are relative to "today" like the rest of the demo.
 */
import { addDays, addMonths, monthKey, monthStart } from '../../lib/dates/date-math';
import { addBusinessDays } from '../../lib/dates/business-days';
import type { Calendar } from '../../lib/dates/calendar-schema';
import alaskaCalendar from '../../lib/calendars/alaska.json' with { type: 'json' };
import type { AlaskaCase, OregonCase } from './types';

type Clno = AlaskaCase['clnos'][number];

export interface OregonKit {
  d: (n: number) => string;
  base: (caseNo: string, i: number, note: string, over?: Partial<OregonCase>) => OregonCase;
}

export interface AlaskaKit {
  today: string;
  d: (n: number) => string;
  base: (caseNo: string, i: number, note: string, over?: Partial<AlaskaCase>) => AlaskaCase;
  /** The clean Work First notes without those whose title matches `drop`, plus `add`. */
  notes: (drop: RegExp | null, ...add: Clno[]) => Clno[];
}

const DEVELOPED = 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.';

export function oregonDutyCases({ d, base }: OregonKit): OregonCase[] {
  return [
    base('1000115', 15, 'Plan updated by the JOBS contractor 4 days ago; no narration names the updated plan (004 §9).', {
      plan: { planDate: d(-4), reviewDate: d(86), signed: 'Y', cmFlag: 'Y', msaDate: d(-45), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-4), code: 'CPUPD', staff: 'JC', member: '01' }],
      narrations: [{ date: d(-40), text: DEVELOPED }, { date: d(-4), text: 'PARTICIPANT CALLED ABOUT BUS PASS.' }],
    }),
    base('1000116', 16, 'Plan activities address the child care barrier but not the transportation one (000 Retention services).', {
      plan: { planDate: d(-10), reviewDate: d(80), signed: 'Y', cmFlag: 'Y', msaDate: d(-12), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-10), code: 'CPDEV', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-10), text: DEVELOPED }],
      barriers: [{ code: 'CC', date: d(-12) }, { code: 'TR', date: d(-12) }],
      activities: [{ code: 'JSRCH', date: d(-9) }, { code: 'CCREF', barrier: 'CC', date: d(-9) }],
    }),
  ];
}

const month = (iso: string) => monthKey(iso);
const cal = { calendar: alaskaCalendar as unknown as Calendar };

/** A childcare authorization in CMS: the supportive service and the CLNO its comments fill. */
function childcareAuthorized(date: string, forMonth: string, amount: number): { supportive: AlaskaCase['supportive'][number]; clno: Clno } {
  return {
    supportive: { date, kind: 'CHILDCARE', amount, approval: 'N' },
    clno: { date, title: `Childcare authorization for ${forMonth}`, body: 'Justification: client in CWE 30 hrs/wk; provider licensed.' },
  };
}

export function alaskaDutyCases({ today, d, base, notes }: AlaskaKit): AlaskaCase[] {
  const thisMonth = monthStart(today);
  const lastMonth = monthStart(addMonths(today, -1));
  const twoMonthsAgo = monthStart(addMonths(today, -2));
  const nextMonth = monthStart(addMonths(today, 1));
  const onSchedule = childcareAuthorized(addDays(lastMonth, 23), month(thisMonth), 420);
  const lapsed = childcareAuthorized(addDays(twoMonthsAgo, 24), month(lastMonth), 380);
  const requestedThisMonth = d(-3) >= thisMonth ? d(-3) : today;
  const j016 = (text: string): Partial<AlaskaCase> => ({
    clnos: notes(/^Initial contact/, { date: d(-50), title: 'Attempted contact by phone - no answer', body: 'Called twice, no voicemail set up.' }, {
      date: d(-49),
      title: 'J016 notice sent - EA appointment',
      body: 'Client could not be reached by phone; EIS notice J016 generated.',
    }),
    notices: [{ date: d(-49), code: 'J016', text }],
  });
  return [
    base('2000213', 13, 'Childcare: this month requested last month, next month requested this month: on schedule (003 §22).', {
      childcare: [
        { date: addDays(lastMonth, 23), forMonth: month(thisMonth), status: 'AUTHORIZED' },
        { date: requestedThisMonth, forMonth: month(nextMonth), status: 'REQUESTED' },
      ],
      supportive: [onSchedule.supportive],
      clnos: notes(null, onSchedule.clno),
    }),
    base('2000214', 14, "Childcare: this month's authorization was never requested (due the last day of last month); next month's is due this month (003 §22).", {
      childcare: [{ date: addDays(twoMonthsAgo, 24), forMonth: month(lastMonth), status: 'AUTHORIZED' }],
      supportive: [lapsed.supportive],
      clnos: notes(null, lapsed.clno),
    }),
    base('2000215', 15, 'No good cause found 8 days ago for missed CWE hours; penalty not requested (003 §11, §3).', {
      penalties: [{ date: d(-12), reason: 'FAILED TO PARTICIPATE IN CWE', goodCause: 'N', goodCauseDate: d(-8) }],
      clnos: notes(null, { date: d(-8), title: 'Good cause determination - none found for missed CWE hours', body: 'Client had no reason that meets good cause.' }),
    }),
    base('2000216', 16, 'Penalty requested on time; ended back to the compliance date although the client stated intent to comply earlier (003 §11).', {
      penalties: [{ date: d(-40), reason: 'FAILED TO PARTICIPATE IN JOB SEARCH', goodCause: 'N', goodCauseDate: d(-37), requested: d(-37), intent: d(-20), complied: d(-14), ended: d(-14) }],
      clnos: notes(
        null,
        { date: d(-37), title: 'Good cause determination - none for missed job search', body: 'No good cause.' },
        { date: d(-37), title: 'Penalty request - job search non-participation', body: 'Requested penalty by CANO with E alert.' },
        { date: d(-20), title: 'Contacted client - states intent to comply', body: 'Client called; will resume job search.' },
      ),
    }),
    base('2000217', 17, 'Two releases signed: the general release is documented in a CLNO, the HIPAA release of 6 days ago is not (003 §18).', {
      releases: [
        { date: d(-30), party: 'PROBATION OFFICER', type: 'GENERAL' },
        { date: d(-6), party: 'NORTHSTAR CLINIC', type: 'HIPAA' },
      ],
      clnos: notes(null, { date: d(-30), title: 'ROI signed - probation officer', body: 'General release signed; original in hard file.' }),
    }),
    base('2000218', 18, 'A client voicemail 3 business days old is not answered; a partner email was answered the same day (003 §29).', {
      messages: [
        { date: d(-9), from: 'PARTNER AGENCY', channel: 'EMAIL', subject: 'CWE SITE HOURS', responded: d(-9) },
        { date: addBusinessDays(cal, today, -3), from: 'CLIENT', channel: 'VOICEMAIL', subject: 'QUESTION ABOUT BUS PASS' },
      ],
    }),
    base('2000219', 19, 'Work First, referred 4 months ago: last month 86 hours entered, about 20 a week, below the 40-hour expectation (Work First §2).', {
      referral: { date: d(-120) },
      work: [{ month: month(lastMonth), hours: 86, entered: `${today.slice(0, 8)}05` <= today ? `${today.slice(0, 8)}05` : today }],
    }),
    base('2000220', 20, 'Client not reached after referral; the J016 notice gives no EA appointment time (003 §2).', j016('PLEASE CALL YOUR CASE MANAGER TO SCHEDULE YOUR APPOINTMENT')),
    base('2000221', 21, 'Client not reached after referral; the J016 notice gives a specific EA appointment: met (003 §2).', j016(`EA APPOINTMENT ${usDate(d(-47))} AT 10:30 AM, DPAWS OFFICE ROOM 2`)),
  ];
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(2, 4)}`;
