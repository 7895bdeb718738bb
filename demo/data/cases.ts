/**
 * A few dozen synthetic cases, each placed on an edge of the policy texts. Dates are relative
 * to "today" so the demo shows the same situations whenever it runs (a 14-year-old parent is
 * 14 on any day the demo starts).
 */
import { addDays, addMonths, monthStart } from '../../lib/dates/date-math';
import { addBusinessDays, isBusinessDay } from '../../lib/dates/business-days';
import { observedHolidays } from '../../lib/dates/holidays';
import type { Calendar } from '../../lib/dates/calendar-schema';
import alaskaCalendar from '../../lib/calendars/alaska.json' with { type: 'json' };
import type { AlaskaCase, DemoCase, DemoMember, MaineCase, OregonCase } from './types';
import { alaskaDutyCases, oregonDutyCases } from './cases-duties';
import { familiesFirstCases } from './cases-families';

const FIRST = ['AVERY', 'BLAKE', 'CAMERON', 'DAKOTA', 'EMERSON', 'FINLEY', 'GRAY', 'HARPER', 'JORDAN', 'KENDALL', 'LOGAN', 'MORGAN', 'PARKER', 'QUINN', 'REESE', 'ROWAN', 'SAGE', 'TAYLOR'];
const LAST = ['SAMPLE', 'EXAMPLE', 'TESTER', 'DEMOS', 'FICTION', 'MOCKLEY', 'PLACEHOLD', 'SYNTHE'];
const name = (i: number) => ({ first: FIRST[i % FIRST.length]!, last: LAST[(i * 7) % LAST.length]! });

/** Date of birth for someone who is `years` old plus `days` on `today`. */
const born = (today: string, years: number, days = 0) => addDays(addMonths(today, -12 * years), -days);

function household(today: string, i: number, parentYears: number, parentDays = 30): DemoMember[] {
  const p = name(i);
  return [
    { no: '01', ...p, dob: born(today, parentYears, parentDays), rel: 'HH' },
    { no: '02', first: name(i + 5).first, last: p.last, dob: born(today, 0, 200), rel: 'CH' },
  ];
}

function oregon(today: string): OregonCase[] {
  const d = (n: number) => addDays(today, n);
  const base = (caseNo: string, i: number, note: string, over: Partial<OregonCase> = {}): OregonCase => ({
    state: 'OR',
    caseNo,
    program: 'JOBS',
    worker: 'FC0417',
    members: household(today, i, 29),
    plan: { planDate: d(-40), reviewDate: d(50), signed: 'Y', cmFlag: 'Y', msaDate: d(-45), form7819: 'Y', roi: 'Y' },
    services: [],
    narrations: [{ date: d(-40), text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT. PLAN SIGNED.' }],
    note,
    ...over,
  });
  const teen = (i: number, years: number, days: number): DemoMember[] => [
    { no: '01', ...name(i), dob: born(today, years, days), rel: 'HH' },
    { no: '02', first: name(i + 3).first, last: name(i).last, dob: d(-90), rel: 'CH' },
  ];
  return [
    base('1000101', 1, 'Parent aged 14; case plan developed 2 days ago by the family coach; CM flag N: TCM finding.', {
      members: teen(1, 14, 60),
      plan: { planDate: d(-2), reviewDate: d(88), signed: 'Y', cmFlag: 'N', msaDate: d(-9), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-2), code: 'CPDEV', staff: 'FC', member: '01' }],
      narrations: [],
    }),
    base('1000102', 2, 'Parent aged 13: TCM does not apply, no finding although the CM flag is N.', {
      members: teen(2, 13, 100),
      plan: { planDate: d(-2), reviewDate: d(88), signed: 'Y', cmFlag: 'N', msaDate: d(-9), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-2), code: 'CPDEV', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-2), text: 'CASE PLAN DEVELOPED WITH PARTICIPANT.' }],
    }),
    base('1000103', 3, 'SUD/MH screening with flag Y and narration naming it: clean. A grandparent who moved out is still listed, inactive (3270 MBRS screen).', {
      members: [...household(today, 3, 29), { no: '03', first: 'MORGAN', last: name(3).last, dob: born(today, 61, 12), rel: 'OT', status: 'INACTIVE' }],
      services: [{ date: d(-5), code: 'SUDMH', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-5), text: 'TANF FAMILY COACH SCREENED FOR SUD/MH.' }],
    }),
    base('1000104', 4, 'Unsigned JOBS plan, no narration of why: finding (004 §9).', {
      plan: { planDate: d(-6), reviewDate: d(84), signed: 'N', cmFlag: 'Y', msaDate: d(-10), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-6), code: 'CPDEV', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-6), text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.' }],
    }),
    base('1000105', 5, 'TA-DVS plan unsigned: no signature needed (004 §1).', {
      program: 'TA-DVS',
      plan: { planDate: d(-8), reviewDate: d(82), signed: 'N', cmFlag: 'Y', msaDate: d(-12), form7819: 'N', roi: 'Y' },
      narrations: [{ date: d(-40), text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT. PLAN SIGNED.' }, { date: d(-8), text: 'TA-DVS CASE PLAN UPDATED WITH PARTICIPANT.' }],
    }),
    base('1000106', 6, 'Pre-TANF plan without a My Self Assessment date (004 §1).', {
      program: 'PRE-TANF',
      plan: { planDate: d(-3), reviewDate: d(87), signed: 'Y', cmFlag: 'Y', form7819: 'Y', roi: 'Y' },
      narrations: [{ date: d(-3), text: 'PRE-TANF CASE PLAN DEVELOPED WITH PARTICIPANT.' }],
    }),
    base('1000107', 7, 'Post-TANF: TANF closed 2 months ago, last retention check-in 40 days ago (000 §Retention).', {
      program: 'POST-TANF',
      closureDate: addMonths(today, -2),
      narrations: [{ date: d(-40), text: 'RETENTION CHECK-IN BY PHONE. PARTICIPANT WORKING 32 HRS/WK.' }],
    }),
    base('1000108', 8, 'SFPSS: CM flag Y but no narration names the TCM service (000 TCM 1.b).', {
      program: 'SFPSS',
      services: [{ date: d(-4), code: 'REFER', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-4), text: 'PARTICIPANT CALLED ABOUT BUS PASS.' }],
    }),
    base('1000109', 9, 'JOBS plan with no DHS 7819 in file (004 §8).', {
      plan: { planDate: d(-12), reviewDate: d(78), signed: 'Y', cmFlag: 'Y', msaDate: d(-14), form7819: 'N', roi: 'Y' },
      narrations: [{ date: d(-12), text: 'CASE PLAN DEVELOPED WITH PARTICIPANT. PLAN SIGNED.' }],
    }),
    base('1000110', 10, 'Parent turned 14 on the day of the service (boundary): TCM finding.', {
      members: teen(10, 14, 1),
      plan: { planDate: d(-1), reviewDate: d(89), signed: 'Y', cmFlag: 'N', msaDate: d(-7), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-1), code: 'ASSMT', staff: 'FC', member: '01' }],
      narrations: [],
    }),
    base('1000111', 11, 'Parent turns 14 the day after the service (boundary): no TCM finding.', {
      members: teen(11, 14, -1),
      plan: { planDate: d(-1), reviewDate: d(89), signed: 'Y', cmFlag: 'N', msaDate: d(-7), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-1), code: 'ASSMT', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-1), text: 'ASSESSMENT COMPLETED. CASE PLAN DEVELOPED WITH PARTICIPANT.' }],
    }),
    base('1000112', 12, 'Unreadable birth date and hostile text in a narration: reported, never executed.', {
      members: [
        { no: '01', ...name(12), dob: '134599', rel: 'HH' },
        { no: '02', first: 'CHILD', last: name(12).last, dob: d(-400), rel: 'CH' },
      ],
      narrations: [{ date: d(-3), text: '<IMG SRC=X ONERROR=ALERT(1)> {{CASE.NUMBER}} NOTE' }],
    }),
    base('1000113', 13, 'Services by a JOBS contractor only (not a TANF family coach): no TCM finding.', {
      plan: { planDate: d(-20), reviewDate: d(70), signed: 'Y', cmFlag: 'N', msaDate: d(-25), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-3), code: 'MONFU', staff: 'JC', member: '01' }],
      narrations: [{ date: d(-40), text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT. PLAN SIGNED.' }, { date: d(-20), text: 'JOBS CONTRACTOR UPDATED CASE PLAN WITH PARTICIPANT.' }],
    }),
    base('1000114', 14, 'Plan review date passed (004 §1: plans reviewed regularly).', {
      plan: { planDate: d(-120), reviewDate: d(-10), signed: 'Y', cmFlag: 'Y', msaDate: d(-125), form7819: 'Y', roi: 'Y' },
    }),
    ...oregonDutyCases({ d, base }),
  ];
}

/** The most recent Alaska holiday (in the last year) that falls Tuesday to Friday. */
function recentMidweekHoliday(today: string): string {
  const cal = alaskaCalendar as unknown as Calendar;
  const year = Number(today.slice(0, 4));
  const all = [...observedHolidays(cal, year - 1), ...observedHolidays(cal, year)]
    .map((h) => h.date)
    .filter((date) => date < addDays(today, -3) && isBusinessDay({ calendar: cal }, addDays(date, -1)));
  return all.at(-1)!;
}

type Clno = AlaskaCase['clnos'][number];

function alaska(today: string): AlaskaCase[] {
  const d = (n: number) => addDays(today, n);
  const cal = { calendar: alaskaCalendar as unknown as Calendar };
  const thisMonth = monthStart(today);
  const lastMonthStart = monthStart(addMonths(today, -1));
  const lastMonth = lastMonthStart.slice(0, 7);
  const fifth = `${today.slice(0, 8)}05`;
  const verifiedOn = fifth <= today ? fifth : today;
  // This month's meaningful contact: ten days ago, or today early in a month.
  const contactThisMonth = d(-10) >= thisMonth ? d(-10) : today;
  /** The notes an engaged Work First client has after 50 days: every duty of 003 documented. */
  const workFirstNotes: Clno[] = [
    { date: d(-49), title: 'Initial contact by phone regarding referral', body: 'Called client, scheduled EA.' },
    { date: d(-47), title: 'EA CLNO', body: 'Employability assessment completed. EPI reviewed.' },
    { date: d(-46), title: 'Registered client in ALEXsys', body: 'ALEXsys registration completed in the office.' },
    { date: d(-45), title: 'Resume completed with client', body: 'Resume drafted and printed.' },
    { date: d(-45), title: 'General application completed', body: 'General application filled out with client.' },
    { date: d(-44), title: 'Budget completed with client', body: 'Monthly budget worksheet completed.' },
    { date: addDays(lastMonthStart, 14), title: 'Monthly contact - FSSP reviewed', body: 'Met client; reviewed FSSP steps.' },
    { date: contactThisMonth, title: 'Monthly contact - FSSP reviewed', body: 'Met client; reviewed FSSP steps.' },
    { date: verifiedOn, title: `Work verification - ${lastMonth} hours`, body: 'Hours verified and entered.' },
  ];
  const notes = (drop: RegExp | null, ...add: Clno[]): Clno[] => [...workFirstNotes.filter((n) => !drop?.test(n.title)), ...add];
  const base = (caseNo: string, i: number, note: string, over: Partial<AlaskaCase> = {}): AlaskaCase => ({
    state: 'AK',
    caseNo,
    track: 'WF',
    client: { ...name(i + 20), dob: born(today, 27, 40) },
    caseManager: 'J. NORTHWIND',
    referral: { date: d(-50) },
    eaDate: d(-48),
    epiDate: d(-48),
    fssp: { planDate: d(-47), goal: 'OBTAIN FULL-TIME EMPLOYMENT IN RETAIL', goalDate: d(120), signedDate: d(-47), reviewDates: [d(-17), d(13), d(43)] },
    clnos: workFirstNotes,
    work: [{ month: lastMonth, hours: 178, entered: verifiedOn }],
    supportive: [],
    note,
    ...over,
  });
  const holiday = recentMidweekHoliday(today);
  const beforeHoliday = addDays(holiday, -1);
  return [
    base('2000201', 1, 'Work First referral 3 business days ago, no contact yet: overdue (003 All staff §2).', {
      referral: { date: addBusinessDays(cal, today, -3) },
      eaDate: undefined, epiDate: undefined,
      fssp: { reviewDates: [] },
      clnos: [],
      work: [],
    }),
    base('2000202', 2, 'Referral on the day before a holiday; contact on the next business day after it: on time.', {
      referral: { date: beforeHoliday },
      clnos: notes(/^Initial contact/, { date: addBusinessDays(cal, beforeHoliday, 1), title: 'Initial contact by phone regarding referral', body: 'Reached client after the holiday.' }),
    }),
    base('2000203', 3, 'FSSP expired: last review date has passed (003 §7).', {
      fssp: { planDate: d(-46), goal: 'COMPLETE GED', goalDate: d(30), signedDate: d(-46), reviewDates: [d(-40), d(-25), d(-10)] },
    }),
    base('2000204', 4, 'Families First, referred 70 days ago, no Family Network yet (60 days).', {
      track: 'FF',
      referral: { date: d(-70) },
      clnos: notes(/ALEXsys|Resume|application|Budget/i,
        { date: d(-60), title: 'Family Support Team identified', body: 'Team: aunt, pastor, school counselor.' },
        { date: d(-58), title: 'Weekly Calendar of Routines completed', body: 'Calendar completed with client.' },
        { date: addDays(lastMonthStart, 14), title: 'Monthly track review - stays Families First', body: 'Reviewed for Work First; not ready.' },
        { date: contactThisMonth, title: 'Monthly track review - stays Families First', body: 'Reviewed for Work First; not ready.' }),
    }),
    base('2000205', 5, 'Supportive service over $1500 without supervisor approval (003 §21).', {
      supportive: [{ date: d(-6), kind: 'VEHICLE REPAIR', amount: 1650, approval: 'N' }],
      clnos: notes(null, { date: d(-6), title: 'Supportive services - vehicle repair', body: 'Support: vehicle repair. Amount: $1,650.00. Need: commute to CWE site. Date: authorized today.' }),
    }),
    base('2000206', 6, 'No work verification CLNO this month for last month (003 §16; overdue after the 20th).', {
      clnos: notes(/^Work verification/),
    }),
    base('2000207', 7, 'FSSP mailed for signature and not back; its CLNO lacks the due-back date (003 §7).', {
      fssp: { planDate: d(-45), goal: 'OBTAIN CDL', goalDate: d(150), reviewDates: [d(21)], mailedDate: d(-44) },
      clnos: notes(null, { date: d(-44), title: 'FSSP mailed for signature', body: 'Mailed FSSP to client.' }),
    }),
    base('2000208', 8, 'TA closed last month with work; exit summary due by the end of this month (003 §19).', {
      taClosure: { date: addDays(thisMonth, -1), withWork: 'Y' },
    }),
    base('2000209', 9, 'EA held 5 days ago; EA CLNO not entered (2 days, 003 §6).', {
      referral: { date: d(-9) },
      eaDate: d(-5),
      clnos: [{ date: d(-8), title: 'Initial contact by phone regarding referral', body: 'Scheduled EA.' }],
    }),
    base('2000210', 10, 'Case manager changed 35 days ago; no new EA/FSSP (30 days, 003 §2).', {
      referral: { date: d(-200), cmChangeDate: d(-35) },
      eaDate: d(-190),
    }),
    base('2000211', 11, 'Clean Work First case.', {}),
    base('2000212', 12, 'Unreadable FSSP date on screen: reported as unreadable, not guessed.', {
      fssp: { planDate: '13/45/99', goal: 'OBTAIN EMPLOYMENT', goalDate: d(90), signedDate: d(-20), reviewDates: [d(10)] },
    }),
    ...alaskaDutyCases({ today, d, base, notes }),
    ...familiesFirstCases({ today, d, base, notes }),
  ];
}

function maine(today: string): MaineCase[] {
  const d = (n: number) => addDays(today, n);
  return [
    { state: 'ME', caseNo: '3000301', participant: { ...name(31), dob: born(today, 33) }, caseManager: 'P. KENNEBEC', assessmentDate: d(-30), employmentPlanDate: d(-25), amendments: [{ no: 1, date: d(-5), action: 'ENROLL IN CNA TRAINING', participantSigned: 'N', departmentSigned: 'Y' }], note: 'Family Contract Amendment not signed by the participant (002 §II.6).' },
    { state: 'ME', caseNo: '3000302', participant: { ...name(32), dob: born(today, 41) }, caseManager: 'P. KENNEBEC', assessmentDate: d(-60), employmentPlanDate: d(-55), amendments: [{ no: 1, date: d(-50), action: 'JOB SEARCH 20 HRS/WK', participantSigned: 'Y', departmentSigned: 'Y' }], note: 'Clean ASPIRE case.' },
    { state: 'ME', caseNo: '3000303', participant: { ...name(33), dob: born(today, 24) }, caseManager: 'P. KENNEBEC', assessmentDate: d(-20), amendments: [], note: 'Assessment done, no employment plan yet (002 §II.5).' },
  ];
}

/** Ordinary cases so the caseload looks like a caseload. */
function filler(today: string): DemoCase[] {
  const out: DemoCase[] = [];
  for (let i = 0; i < 10; i++) {
    const d = (n: number) => addDays(today, n - i);
    out.push({
      state: 'OR', caseNo: String(1000150 + i), program: i % 3 === 0 ? 'PRE-TANF' : 'JOBS', worker: 'FC0417',
      members: household(today, 40 + i, 22 + i),
      plan: { planDate: d(-30), reviewDate: d(60), signed: 'Y', cmFlag: 'Y', msaDate: d(-35), form7819: 'Y', roi: 'Y' },
      services: [{ date: d(-30), code: 'CPDEV', staff: 'FC', member: '01' }],
      narrations: [{ date: d(-30), text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.' }],
      note: 'Ordinary JOBS case.',
    });
  }
  return out;
}

export function buildDemoCases(today: string): DemoCase[] {
  return [...oregon(today), ...alaska(today), ...maine(today), ...filler(today)];
}
