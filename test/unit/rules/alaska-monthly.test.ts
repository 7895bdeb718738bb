/**
 * Alaska monthly duties (003 All staff §16; Families First §4): the work verification CLNO and
 * the work activity entry by the 20th for last month's hours, and the monthly track review.
 */
import { describe, expect, it } from 'vitest';
import { check } from './helpers';
import { akCase, clno } from './alaska-helpers';

const wv = (date: string) => clno(date, `Work verification - ${date.slice(0, 7)} hours`, 'Hours verified and entered.');

describe('ak-work-verification-clno', () => {
  it('is due the 20th: on time on the 20th, late on the 21st', () => {
    expect(check('ak-work-verification-clno', akCase({ clnos: [wv('2026-11-20')] }), '2026-11-24').item).toMatchObject({ status: 'done', due: '2026-11-20', period: '2026-11' });
    const late = check('ak-work-verification-clno', akCase({ clnos: [wv('2026-11-21')] }), '2026-11-24');
    expect(late.item?.status).toBe('done-late');
    expect(late.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is overdue from the 21st when no CLNO was entered this month (demo case 2000206)', () => {
    const facts = akCase({ clnos: [clno('2026-11-10', 'Monthly contact - FSSP reviewed'), wv('2026-10-05')] });
    expect(check('ak-work-verification-clno', facts, '2026-11-20').item?.status).toBe('due-soon');
    const { findings } = check('ak-work-verification-clno', facts, '2026-11-21');
    expect(findings[0]!).toMatchObject({ severity: 'error', due: '2026-11-20' });
    expect(findings[0]!.explanation).toBe("November 2026: the standardized work verification CLNO for last month's hours is due by close of business on 11/20/2026.");
  });

  it('is unknown, naming the referral date, when no screen showed it: never overdue on a guess (failed before: overdue)', () => {
    const noReferral = akCase({ referral: {}, clnos: [clno('2026-11-10', 'Monthly contact - FSSP reviewed')] });
    const { item, findings } = check('ak-work-verification-clno', noReferral, '2026-11-24');
    expect(item).toMatchObject({ status: 'unknown', missing: ['referral.date'] });
    expect(findings).toEqual([]);
  });

  it('keeps the 20th when it falls on a Saturday (the text gives no other day)', () => {
    expect(check('ak-work-verification-clno', akCase(), '2027-11-02').item?.due).toBe('2027-11-20');
  });

  it('starts the month after referral and ends the month after TA closure', () => {
    expect(check('ak-work-verification-clno', akCase({ referral: { date: '2026-11-02' } }), '2026-11-24').item).toBeUndefined();
    expect(check('ak-work-verification-clno', akCase({ referral: { date: '2026-10-31' } }), '2026-11-24').item?.status).toBe('overdue');
    expect(check('ak-work-verification-clno', akCase({ taClosure: { date: '2026-10-31' } }), '2026-11-24').item?.status).toBe('overdue');
    expect(check('ak-work-verification-clno', akCase({ taClosure: { date: '2026-09-30' } }), '2026-11-24').item).toBeUndefined();
  });

  it('waits for the CLNO list before the 20th and is unknown after it', () => {
    expect(check('ak-work-verification-clno', akCase({ clnos: undefined }), '2026-11-05').item).toMatchObject({ status: 'open', missing: ['clnos'] });
    expect(check('ak-work-verification-clno', akCase({ clnos: undefined }), '2026-11-21').item).toMatchObject({ status: 'unknown', missing: ['clnos'] });
  });
});

describe('ak-work-activity-entered', () => {
  const entered = (enteredDate?: string) => akCase({ workActivity: [{ month: '2026-10', hours: 32, enteredDate }] });

  it('counts last month\'s hours entered before this month began, or by the 20th', () => {
    expect(check('ak-work-activity-entered', entered('2026-10-31'), '2026-11-24').item?.status).toBe('done');
    expect(check('ak-work-activity-entered', entered('2026-11-20'), '2026-11-24').item?.status).toBe('done');
    expect(check('ak-work-activity-entered', entered('2026-11-21'), '2026-11-24').item?.status).toBe('done-late');
  });

  it('is overdue after the 20th when last month has no entry', () => {
    const { findings } = check('ak-work-activity-entered', entered(undefined), '2026-11-21');
    expect(findings[0]!.explanation).toBe("November 2026: last month's work activity hours are to be verified and entered in CMS by close of business on 11/20/2026.");
    expect(check('ak-work-activity-entered', akCase({ workActivity: [] }), '2026-11-21').item?.status).toBe('overdue');
  });

  it('looks at the month before the duty\'s month across a year end', () => {
    const facts = akCase({ workActivity: [{ month: '2026-12', enteredDate: '2027-01-08' }] });
    expect(check('ak-work-activity-entered', facts, '2027-01-21').item).toMatchObject({ status: 'done', period: '2027-01' });
  });

  it('is unknown after the 20th without the work activity screen', () => {
    expect(check('ak-work-activity-entered', akCase(), '2026-11-21').item).toMatchObject({ status: 'unknown', missing: ['workActivity'] });
  });
});

describe('ak-ff-monthly-track-review', () => {
  const ff = (notes: ReturnType<typeof clno>[]) => akCase({ track: 'FAMILIES_FIRST', clnos: notes });

  it('is done by a track review CLNO this month and informs about a month without one', () => {
    const { item, findings } = check('ak-ff-monthly-track-review', ff([clno('2026-11-03', 'Monthly track review - not ready for Work First')]), '2026-11-24');
    expect(item?.status).toBe('done');
    expect(findings.map((f) => [f.severity, f.due])).toEqual([['info', '2026-10-31']]);
  });

  it('does not apply to Work First', () => {
    expect(check('ak-ff-monthly-track-review', akCase(), '2026-11-24').item).toBeUndefined();
  });
});
