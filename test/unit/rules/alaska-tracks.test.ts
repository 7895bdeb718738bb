/**
 * Alaska track duties (003 Work First §1, Families First §5): ALEXsys, résumé, general
 * application and budget within one month of referral (Work First); Family Network, Family
 * Support Team and Weekly Calendar of Routines within 60 days (Families First).
 */
import { describe, expect, it } from 'vitest';
import { check } from './helpers';
import { akCase, clno } from './alaska-helpers';

describe.each([
  ['ak-wf-alexsys-within-1-month', 'Registered client in ALEXsys'],
  ['ak-wf-resume-within-1-month', 'Résumé completed'],
  ['ak-wf-application-within-1-month', 'General application completed'],
  ['ak-wf-budget-within-1-month', 'Budget completed with client'],
])('%s', (id, title) => {
  const wf = (notes: ReturnType<typeof clno>[] = []) => akCase({ referral: { date: '2026-01-31' }, clnos: notes });

  it('is due one calendar month after referral (Jan 31 -> Feb 28) and late the day after', () => {
    expect(check(id, wf([clno('2026-02-28', title)]), '2026-03-02').item).toMatchObject({ status: 'done', due: '2026-02-28' });
    expect(check(id, wf([clno('2026-03-01', title)]), '2026-03-02').item?.status).toBe('done-late');
    const { findings } = check(id, wf(), '2026-03-01');
    expect(findings.map((f) => [f.severity, f.due])).toEqual([['warning', '2026-02-28']]);
    expect(findings[0]!.explanation).toContain('Referred to DPAWS 01/31/2026');
  });

  it('reaches Feb 29 in 2028', () => {
    expect(check(id, akCase({ referral: { date: '2028-01-31' } }), '2028-02-01').item?.due).toBe('2028-02-29');
  });

  it('does not apply to Families First; unknown when the track is not known', () => {
    expect(check(id, akCase({ track: 'FAMILIES_FIRST' }), '2026-03-01').item).toBeUndefined();
    expect(check(id, akCase({ track: undefined }), '2026-03-01').item).toMatchObject({ status: 'unknown', missing: ['track'] });
  });
});

describe.each([
  ['ak-ff-family-network-within-60-days', 'Family Network completed'],
  ['ak-ff-family-support-team-within-60-days', 'Family Support Team identified'],
  ['ak-ff-weekly-calendar-within-60-days', 'Weekly Calendar of Routines completed'],
])('%s', (id, title) => {
  const ff = (notes: ReturnType<typeof clno>[] = []) => akCase({ track: 'FAMILIES_FIRST', referral: { date: '2026-09-01' }, clnos: notes });

  it('is due 60 calendar days after referral and late the day after (demo case 2000204)', () => {
    expect(check(id, ff([clno('2026-10-31', title)]), '2026-11-24').item).toMatchObject({ status: 'done', due: '2026-10-31' });
    expect(check(id, ff([clno('2026-11-01', title)]), '2026-11-24').item?.status).toBe('done-late');
    const { findings } = check(id, ff(), '2026-11-01');
    expect(findings[0]!.explanation).toContain('within 60 days, by 10/31/2026');
  });

  it('does not apply to Work First', () => {
    expect(check(id, akCase(), '2026-11-24').item).toBeUndefined();
  });
});
