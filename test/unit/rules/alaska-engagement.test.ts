/**
 * Alaska engagement (003 All staff §2-4): contact within 1 business day of referral; EA, FSSP
 * and EPI within 30 days of referral, case-manager or track change; a meaningful monthly
 * contact with FSSP review; two attempts by several methods for a client not engaged.
 */
import { describe, expect, it } from 'vitest';
import { check, settingsWith, type Facts } from './helpers';
import { akCase, clno } from './alaska-helpers';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';

const reached = (date: string) => clno(date, 'Initial contact by phone regarding referral', 'Called client, scheduled EA.');

describe('ak-initial-contact', () => {
  it('skips Seward\'s Day: a Friday referral before it is due Tuesday; Tuesday is on time, Wednesday late', () => {
    const referral = { date: '2026-03-27' };
    expect(check('ak-initial-contact', akCase({ referral, clnos: [reached('2026-03-31')] }), '2026-04-02').item).toMatchObject({ status: 'done', due: '2026-03-31' });
    const late = check('ak-initial-contact', akCase({ referral, clnos: [reached('2026-04-01')] }), '2026-04-02');
    expect(late.item?.status).toBe('done-late');
    expect(late.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is due soon on the due date and an overdue error the day after, naming both dates', () => {
    const facts = akCase({ referral: { date: '2026-03-27' } });
    expect(check('ak-initial-contact', facts, '2026-03-31').item?.status).toBe('due-soon');
    const { findings } = check('ak-initial-contact', facts, '2026-04-01');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.explanation).toBe(
      'Referred to DPAWS 03/27/2026: the client is to be contacted (or sent the J016 notice with an EA appointment) within one business day, by 03/31/2026.',
    );
  });

  it.each([
    ['Alaska Day observed on Monday', '2026-10-16', '2026-10-20'],
    ['Thanksgiving', '2026-11-25', '2026-11-27'],
    ['a weekend', '2026-11-20', '2026-11-23'],
    ['a referral on a Saturday', '2026-11-21', '2026-11-23'],
    ['New Year observed on Dec 31, 2027', '2027-12-30', '2028-01-03'],
  ])('counts business days around %s', (_, date, due) => {
    expect(check('ak-initial-contact', akCase({ referral: { date } }), date).item?.due).toBe(due);
  });

  it('moves past an agency closure day in Settings', () => {
    const settings = settingsWith({ closures: { ...DEFAULT_SETTINGS.closures, AK: ['2026-03-31'] } });
    expect(check('ak-initial-contact', akCase({ referral: { date: '2026-03-27' } }), '2026-03-27', settings).item?.due).toBe('2026-04-01');
  });

  it('does not count a failed attempt, but counts the J016 notice sent when the client cannot be reached', () => {
    const attempt = clno('2026-03-30', 'Attempted contact by phone - no answer');
    expect(check('ak-initial-contact', akCase({ referral: { date: '2026-03-27' }, clnos: [attempt] }), '2026-04-01').item?.status).toBe('overdue');
    const notice = clno('2026-03-31', 'J016 notice sent with EA appointment 04/06');
    expect(check('ak-initial-contact', akCase({ referral: { date: '2026-03-27' }, clnos: [attempt, notice] }), '2026-04-01').item).toMatchObject({
      status: 'done',
      doneOn: '2026-03-31',
    });
  });

  it('counts a contact-list entry that reached the client', () => {
    const contacts = [{ date: '2026-03-31', method: 'in-person' as const, successful: true }];
    expect(check('ak-initial-contact', akCase({ referral: { date: '2026-03-27' }, clnos: undefined, contacts }), '2026-04-01').item?.status).toBe('done');
  });

  it('is unknown after the due date without CLNOs, and unknown without the referral date', () => {
    expect(check('ak-initial-contact', akCase({ referral: { date: '2026-03-27' }, clnos: undefined }), '2026-04-01').item).toMatchObject({ status: 'unknown', missing: ['clnos'] });
    expect(check('ak-initial-contact', akCase({ referral: {} }), '2026-04-01').item).toMatchObject({ status: 'unknown', missing: ['referral.date'] });
  });

  it('does not apply outside Alaska', () => {
    expect(check('ak-initial-contact', { ...akCase(), jurisdiction: 'OR', track: undefined }, '2026-04-01').item).toBeUndefined();
  });
});

describe.each([
  ['ak-ea-within-30-days', 'eaDate', (d: string): Partial<Facts> => ({ eaDate: d }), { eaDate: undefined }],
  ['ak-fssp-within-30-days', 'fssp.planDate', (d: string): Partial<Facts> => ({ fssp: { planDate: d } }), { fssp: { planDate: undefined } }],
  ['ak-epi-within-30-days', 'epiDate', (d: string): Partial<Facts> => ({ epiDate: d }), { epiDate: undefined }],
])('%s', (id, fact, done, blankScreen) => {
  const referral = { date: '2026-01-01', caseManagerChangeDate: '2026-01-31' };
  // The screen showing the date was seen and shows it blank: not done yet.
  const seen = (over: Partial<Facts> = {}) => akCase({ referral, ...blankScreen, ...over });

  it('counts 30 calendar days from the latest of referral and case-manager change (Jan 31 -> Mar 2)', () => {
    expect(check(id, seen(), '2026-03-02').item).toMatchObject({ status: 'due-soon', anchor: '2026-01-31', due: '2026-03-02' });
    const { findings } = check(id, seen(), '2026-03-03');
    expect(findings.map((f) => [f.severity, f.due, f.mark])).toEqual([['error', '2026-03-02', fact]]);
    expect(findings[0]!.explanation).toContain('was 01/31/2026');
  });

  it('is done on the last good day and done late the day after', () => {
    expect(check(id, seen(done('2026-03-02')), '2026-03-05').item?.status).toBe('done');
    expect(check(id, seen(done('2026-03-03')), '2026-03-05').item?.status).toBe('done-late');
  });

  it('asks for a new one after a case-manager change (demo case 2000210)', () => {
    const facts = akCase({ referral: { date: '2026-05-08', caseManagerChangeDate: '2026-10-20' }, ...done('2026-05-18') });
    expect(check(id, facts, '2026-11-24').item).toMatchObject({ status: 'overdue', due: '2026-11-19' });
  });

  it('uses a track change when it is the latest date', () => {
    const facts = akCase({ referral: { date: '2026-01-01', caseManagerChangeDate: '2026-02-01', trackChangeDate: '2026-02-10' } });
    expect(check(id, facts, '2026-02-20').item?.due).toBe('2026-03-12');
  });

  it('is unknown without the referral date even when a change date is known', () => {
    expect(check(id, akCase({ referral: { caseManagerChangeDate: '2026-01-31' }, ...blankScreen }), '2026-03-03').item).toMatchObject({
      status: 'unknown',
      missing: ['referral.date'],
    });
  });

  it('does not count a date in the future (a scheduled appointment)', () => {
    expect(check(id, seen(done('2026-03-10')), '2026-03-03').item?.status).toBe('overdue');
  });
});

describe('ak-fssp-within-30-days without the FSSP screen', () => {
  it('is unknown after the due date, naming the FSSP plan date', () => {
    expect(check('ak-fssp-within-30-days', akCase({ referral: { date: '2026-01-01' } }), '2026-03-03').item).toMatchObject({
      status: 'unknown',
      missing: ['fssp.planDate'],
    });
  });
});

describe('ak-monthly-contact-fssp-review', () => {
  const base = { referral: { date: '2026-09-01' } };

  it('is done this month by a "Monthly contact - FSSP reviewed" CLNO and reports last month missed', () => {
    const facts = akCase({ ...base, clnos: [clno('2026-11-10', 'Monthly contact - FSSP reviewed', 'Met client; reviewed FSSP steps.')] });
    const { item, findings } = check('ak-monthly-contact-fssp-review', facts, '2026-11-24');
    expect(item).toMatchObject({ status: 'done', period: '2026-11', doneOn: '2026-11-10' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!).toMatchObject({ severity: 'error', due: '2026-10-31', status: 'overdue' });
    expect(findings[0]!.explanation).toBe('October 2026: at least one meaningful contact with the client that includes a review of the FSSP is due by 10/31/2026.');
  });

  it('counts a contact on the last day of the month for that month, and the 1st for the next month only', () => {
    const on31 = akCase({ ...base, clnos: [clno('2026-10-31', 'FSSP review with client')] });
    expect(check('ak-monthly-contact-fssp-review', on31, '2026-11-01').findings).toEqual([]);
    const on1 = akCase({ ...base, clnos: [clno('2026-11-01', 'FSSP review with client')] });
    expect(check('ak-monthly-contact-fssp-review', on1, '2026-11-01').findings.map((f) => f.due)).toEqual(['2026-10-31']);
  });

  it('accepts an FSSP review recorded in the body of a contact CLNO, or an FSSP developed that month', () => {
    const body = akCase({ ...base, clnos: [clno('2026-10-12', 'Office visit with client', 'Met client; reviewed FSSP steps.')] });
    expect(check('ak-monthly-contact-fssp-review', body, '2026-11-02').findings).toEqual([]);
    const plan = akCase({ ...base, fssp: { planDate: '2026-10-09' } });
    expect(check('ak-monthly-contact-fssp-review', plan, '2026-11-02').findings).toEqual([]);
  });

  it('does not count a contact without an FSSP review, nor a no-show', () => {
    const notes = [clno('2026-10-05', 'Contacted regarding childcare issue'), clno('2026-10-20', 'Monthly contact - FSSP review - no show')];
    expect(check('ak-monthly-contact-fssp-review', akCase({ ...base, clnos: notes }), '2026-11-02').findings).toHaveLength(1);
  });

  it('is due soon in the last business days of the month (Thanksgiving counted out)', () => {
    expect(check('ak-monthly-contact-fssp-review', akCase(base), '2026-11-25').item?.status).toBe('due-soon');
    expect(check('ak-monthly-contact-fssp-review', akCase(base), '2026-11-20').item?.status).toBe('open');
  });

  it('starts with the referral month: no finding for the month before a referral', () => {
    const { item, findings } = check('ak-monthly-contact-fssp-review', akCase({ referral: { date: '2026-11-05' } }), '2026-11-24');
    expect(item?.status).toBe('due-soon');
    expect(findings).toEqual([]);
  });

  it('ends after the month of TA closure', () => {
    const facts = akCase({ ...base, taClosure: { date: '2026-10-15' } });
    const { item, findings } = check('ak-monthly-contact-fssp-review', facts, '2026-11-24');
    expect(item).toBeUndefined();
    expect(findings.map((f) => f.due)).toEqual(['2026-10-31']);
  });

  it('does not report a past month it cannot place in the case (no referral date), nor without CLNOs', () => {
    expect(check('ak-monthly-contact-fssp-review', akCase({ referral: undefined }), '2026-11-24').findings).toEqual([]);
    const { item, findings } = check('ak-monthly-contact-fssp-review', akCase({ ...base, clnos: undefined }), '2026-11-24');
    expect(findings).toEqual([]);
    expect(item).toMatchObject({ status: 'due-soon', missing: ['clnos'] });
  });
});

describe('ak-outreach-non-engaged', () => {
  const base = { referral: { date: '2026-09-01' } };
  const october = (...notes: ReturnType<typeof clno>[]) => check('ak-outreach-non-engaged', akCase({ ...base, clnos: notes }), '2026-11-03');

  it('is met by two attempts by two methods (phone and letter)', () => {
    const r = october(clno('2026-10-05', 'Attempted contact by phone - no answer'), clno('2026-10-20', 'Letter mailed to client - no response'));
    expect(r.findings).toEqual([]);
  });

  it('reports two attempts by the same method, and a single attempt', () => {
    const phoneTwice = october(clno('2026-10-05', 'Attempted contact by phone - no answer'), clno('2026-10-19', 'Called client - left message'));
    expect(phoneTwice.findings.map((f) => [f.severity, f.due])).toEqual([['warning', '2026-10-31']]);
    expect(october(clno('2026-10-05', 'Home visit - client not home')).findings).toHaveLength(1);
  });

  it('is met for an engaged client: a contact that reached them', () => {
    expect(october(clno('2026-10-14', 'Contacted regarding childcare issue')).findings).toEqual([]);
  });

  it('counts a J016 notice as an attempt by notice', () => {
    expect(october(clno('2026-10-02', 'Attempted contact by phone - no answer'), clno('2026-10-03', 'J016 notice sent with EA appointment')).findings).toEqual([]);
  });

  it('is unknown, not missed, when the attempts\' methods cannot be read', () => {
    const r = october(clno('2026-10-02', 'Attempted contact'), clno('2026-10-09', 'Attempted contact'));
    expect(r.findings).toEqual([]);
    const now = check('ak-outreach-non-engaged', akCase({ ...base, clnos: [clno('2026-11-02', 'Attempted contact'), clno('2026-11-09', 'Attempted contact')] }), '2026-11-10');
    expect(now.item).toMatchObject({ status: 'open', missing: ['contact method in CLNO title or body'] });
  });
});
