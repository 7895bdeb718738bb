/**
 * Rules on the facts issue 13 added (003): Families First documents dated on the CMS screen
 * (FF §5), the last and next track review (FF §4), Family Support Team meetings (FF §1), an
 * appointment on a day the office is closed (advisory, from the holiday calendar and the
 * closure settings), and referrals with their follow-up dates (All staff §8).
 */
import { describe, expect, it } from 'vitest';
import { check, settingsWith } from './helpers';
import { akCase, clno } from './alaska-helpers';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';

const ff = (over: Parameters<typeof akCase>[0] = {}) => akCase({ track: 'FAMILIES_FIRST', referral: { date: '2026-09-01' }, ...over });

describe('Families First documents within 60 days: a CLNO or the date on the Families First screen', () => {
  it.each([
    ['ak-ff-weekly-calendar-within-60-days', 'weeklyCalendar'],
    ['ak-ff-family-network-within-60-days', 'familyNetwork'],
    ['ak-ff-family-support-team-within-60-days', 'familySupportTeam'],
  ] as const)('%s is done by the screen date alone, late after 60 days, overdue when the screen shows it blank', (id, doc) => {
    expect(check(id, ff({ clnos: undefined, familiesFirst: { [doc]: { completedDate: '2026-10-20' } } }), '2026-11-24').item).toMatchObject({ status: 'done', doneOn: '2026-10-20' });
    expect(check(id, ff({ familiesFirst: { [doc]: { completedDate: '2026-11-02' } } }), '2026-11-24').item?.status).toBe('done-late');
    // Shown blank on the screen, no CLNO: not done, so overdue after the 60 days.
    expect(check(id, ff({ clnos: undefined, familiesFirst: { [doc]: { completedDate: undefined } } }), '2026-11-24').item?.status).toBe('overdue');
    // Neither the notes nor the screen seen: unknown, naming both.
    expect(check(id, ff({ clnos: undefined }), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['clnos', `familiesFirst.${doc}.completedDate`] });
  });
});

describe('ak-ff-monthly-track-review', () => {
  it('counts the last track review date a screen shows, as a CLNO of the kind does', () => {
    const facts = ff({ clnos: [clno('2026-10-15', 'Monthly track review - stays Families First')], trackReview: { lastDate: '2026-11-13' } });
    // October by its CLNO, November by the screen's last review date: nothing missed, this month done.
    const { item, findings } = check('ak-ff-monthly-track-review', facts, '2026-11-24');
    expect(item).toMatchObject({ period: '2026-11', status: 'done', doneOn: '2026-11-13' });
    expect(findings).toEqual([]);
    expect(check('ak-ff-monthly-track-review', { ...facts, trackReview: undefined }, '2026-11-24').item?.status).toBe('due-soon');
    expect(check('ak-ff-monthly-track-review', ff({ clnos: undefined }), '2026-11-24').item?.missing).toEqual(['clnos', 'trackReview.lastDate']);
  });
});

describe('ak-ff-next-track-review-within-month', () => {
  it('fires when the next review is set more than a month after the last, not at exactly a month', () => {
    const late = check('ak-ff-next-track-review-within-month', ff({ trackReview: { lastDate: '2026-11-13', nextDate: '2027-01-13' } }), '2026-11-24');
    expect(late.findings.map((f) => f.explanation)).toEqual(['The next track review is set more than a month after the last one (last 11/13/2026, next 01/13/2027, after 12/13/2026): review the case at least monthly.']);
    expect(check('ak-ff-next-track-review-within-month', ff({ trackReview: { lastDate: '2026-11-13', nextDate: '2026-12-13' } }), '2026-11-24').findings).toEqual([]);
    expect(check('ak-ff-next-track-review-within-month', ff({ trackReview: { lastDate: '2026-11-13' } }), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['trackReview.nextDate'] });
    expect(check('ak-ff-next-track-review-within-month', akCase({ trackReview: { lastDate: '2026-11-13', nextDate: '2027-01-13' } }), '2026-11-24').item).toBeUndefined();
  });
});

describe('ak-ff-family-support-team-meeting', () => {
  it('is to confirm until a Family Support Team meeting appears among the appointments', () => {
    expect(check('ak-ff-family-support-team-meeting', ff({ appointments: [{ date: '2026-11-20', purpose: 'FSSP REVIEW' }] }), '2026-11-24').item).toMatchObject({ status: 'to-confirm' });
    expect(check('ak-ff-family-support-team-meeting', ff({ appointments: [{ date: '2026-11-20', purpose: 'FST meeting with aunt and pastor' }] }), '2026-11-24').item?.status).toBe('done');
  });
});

describe('ak-appointment-on-closure-day (advisory)', () => {
  const appt = { date: '2026-11-26', time: '10:00 AM', purpose: 'FSSP REVIEW' };
  it('flags an appointment on a state holiday, citing the calendar, as information', () => {
    const { findings } = check('ak-appointment-on-closure-day', akCase({ appointments: [appt] }), '2026-11-24');
    expect(findings.map((f) => [f.severity, f.explanation])).toEqual([['info', 'An appointment falls on a day the office is closed: FSSP REVIEW on 11/26/2026 at 10:00 AM: a state holiday (Thanksgiving Day).']]);
  });

  it('flags a closure day the agency set in Settings, and never a past appointment or an office day', () => {
    const closed = settingsWith({ closures: { ...DEFAULT_SETTINGS.closures, AK: ['2026-12-01'] } });
    const { findings } = check('ak-appointment-on-closure-day', akCase({ appointments: [{ date: '2026-12-01', purpose: 'EA' }] }), '2026-11-24', closed);
    expect(findings[0]!.explanation).toContain('EA on 12/01/2026: an office closure day set in Settings');
    expect(check('ak-appointment-on-closure-day', akCase({ appointments: [{ date: '2026-12-01', purpose: 'EA' }] }), '2026-11-24').findings).toEqual([]);
    expect(check('ak-appointment-on-closure-day', akCase({ appointments: [appt] }), '2026-11-27').findings).toEqual([]);
  });
});

describe('referrals to other agencies (All staff §8)', () => {
  const referrals = [
    { date: '2026-10-24', agency: 'NORTHSTAR CLINIC', reason: 'MENTAL HEALTH ASSESSMENT' },
    { date: '2026-10-29', agency: 'THREAD', followUpDate: '2026-11-12', followedUpDate: '2026-11-11' },
    { date: '2026-11-02', agency: 'VOC REHAB', followUpDate: '2026-11-20' },
  ];

  it('ak-referral-follow-up-date: a referral with no follow-up date is a finding', () => {
    const { findings } = check('ak-referral-follow-up-date', akCase({ agencyReferrals: referrals }), '2026-11-24');
    expect(findings[0]!.explanation).toBe('These referrals have no follow-up date: NORTHSTAR CLINIC of 10/24/2026 (MENTAL HEALTH ASSESSMENT).');
  });

});
