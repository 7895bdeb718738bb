/**
 * Alaska FSSPs (003 All staff §7): signed to be valid, updated at least every three months,
 * expired after the last review date.
 */
import { describe, expect, it } from 'vitest';
import { check } from './helpers';
import { akCase } from './alaska-helpers';

describe('ak-fssp-signed', () => {
  it('reports an FSSP with a plan date and no date signed, marking the date signed', () => {
    const { findings, item } = check('ak-fssp-signed', akCase({ fssp: { planDate: '2026-11-02', signedDate: undefined } }), '2026-11-24');
    expect(item?.status).toBe('action-needed');
    expect(findings[0]!).toMatchObject({ severity: 'warning', mark: 'fssp.signedDate', explanation: 'The FSSP of 11/02/2026 has no date signed, so it is not valid.' });
  });

  it('is done when signed, not applicable without an FSSP, unknown before the FSSP screen is seen', () => {
    expect(check('ak-fssp-signed', akCase({ fssp: { planDate: '2026-11-02', signedDate: '2026-11-02' } }), '2026-11-24').item?.status).toBe('done');
    expect(check('ak-fssp-signed', akCase({ fssp: { planDate: undefined, reviewDates: [] } }), '2026-11-24').item).toBeUndefined();
    expect(check('ak-fssp-signed', akCase(), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['fssp.planDate'] });
  });
});

describe('ak-fssp-update-3-months', () => {
  it('is due three calendar months after the plan date, clamping Nov 30 to Feb 28', () => {
    const facts = akCase({ fssp: { planDate: '2026-11-30' } });
    expect(check('ak-fssp-update-3-months', facts, '2027-02-28').item).toMatchObject({ status: 'due-soon', due: '2027-02-28' });
    const { findings } = check('ak-fssp-update-3-months', facts, '2027-03-01');
    expect(findings[0]!.explanation).toBe('The FSSP was last updated 11/30/2026: the next update is due no later than 02/28/2027.');
  });

  it('uses Feb 29 in a leap year and the month end for a Jan 31 plan', () => {
    expect(check('ak-fssp-update-3-months', akCase({ fssp: { planDate: '2027-11-30' } }), '2028-01-10').item?.due).toBe('2028-02-29');
    expect(check('ak-fssp-update-3-months', akCase({ fssp: { planDate: '2026-01-31' } }), '2026-02-10').item?.due).toBe('2026-04-30');
  });

  it('is open well ahead and unknown without a plan date', () => {
    expect(check('ak-fssp-update-3-months', akCase({ fssp: { planDate: '2026-11-02' } }), '2026-11-24').item?.status).toBe('open');
    expect(check('ak-fssp-update-3-months', akCase(), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['fssp.planDate'] });
  });
});

describe('ak-fssp-expired', () => {
  const fssp = (reviewDates: string[]) => akCase({ fssp: { planDate: '2026-07-16', signedDate: '2026-07-16', reviewDates } });

  it('is current through the last review date and expired the day after (demo case 2000203)', () => {
    const facts = fssp(['2026-08-16', '2026-09-15', '2026-10-15']);
    expect(check('ak-fssp-expired', facts, '2026-10-15').item).toMatchObject({ status: 'due-soon', due: '2026-10-15' });
    const { findings } = check('ak-fssp-expired', facts, '2026-10-16');
    expect(findings.map((f) => [f.severity, f.due])).toEqual([['error', '2026-10-15']]);
    expect(findings[0]!.explanation).toContain("The FSSP's last review date is 10/15/2026");
  });

  it('warns ahead so the update can be scheduled in advance, counting Alaska business days', () => {
    // From Tuesday Nov 24, 2026 to Monday Nov 30: Thanksgiving is a holiday, 3 business days left.
    expect(check('ak-fssp-expired', fssp(['2026-11-30']), '2026-11-24').item?.status).toBe('due-soon');
    expect(check('ak-fssp-expired', fssp(['2026-12-01']), '2026-11-24').item?.status).toBe('open');
  });

  it('is unknown with no review dates and not applicable with no FSSP', () => {
    expect(check('ak-fssp-expired', fssp([]), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['fssp.reviewDates'] });
    expect(check('ak-fssp-expired', akCase({ fssp: { planDate: undefined, reviewDates: ['2026-01-01'] } }), '2026-11-24').item).toBeUndefined();
  });
});
