/**
 * Oregon retention (000 Release 89; 001 Release 73): at least monthly check-ins for six months
 * after TANF closure, and the older release's retention case management as information.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NARRATION_KINDS } from '../../../lib/config/clno-kinds';
import { check, settingsWith, type Facts } from './helpers';

function postTanf(closure: string | undefined, checkIns: string[] = [], other: Facts['narrations'] = []): Facts {
  return {
    jurisdiction: 'OR',
    program: 'POST-TANF',
    taClosure: closure ? { date: closure } : undefined,
    narrations: [...checkIns.map((date) => ({ date, text: 'RETENTION CHECK-IN BY PHONE. PARTICIPANT WORKING 32 HRS/WK.' })), ...other],
  };
}

describe('or-retention-monthly-check-in', () => {
  it('counts a month from the last check-in: due-soon on the due date, overdue the day after', () => {
    const facts = postTanf('2026-09-30', ['2026-10-15']);
    expect(check('or-retention-monthly-check-in', facts, '2026-11-15').item).toMatchObject({ status: 'due-soon', anchor: '2026-10-15', due: '2026-11-15' });
    const { item, findings } = check('or-retention-monthly-check-in', facts, '2026-11-16');
    expect(item?.status).toBe('overdue');
    expect(findings[0]!.explanation).toContain('was 10/15/2026, so the next monthly check-in is due by 11/15/2026');
    expect(findings[0]!.explanation).toContain('TANF closure on 09/30/2026');
  });

  it('counts from the closure when there is no check-in yet, clamping Jan 31 to Feb 29 in 2028', () => {
    const facts = postTanf('2028-01-31');
    expect(check('or-retention-monthly-check-in', facts, '2028-02-29').item).toMatchObject({ status: 'due-soon', due: '2028-02-29' });
    expect(check('or-retention-monthly-check-in', facts, '2028-03-01').item?.status).toBe('overdue');
    expect(check('or-retention-monthly-check-in', postTanf('2027-01-31'), '2027-02-01').item?.due).toBe('2027-02-28');
  });

  it('ignores check-ins narrated before the closure and narrations that are not check-ins', () => {
    const facts = postTanf('2026-09-30', ['2026-09-01'], [{ date: '2026-10-20', text: 'MAILED ERDC FORM.' }]);
    expect(check('or-retention-monthly-check-in', facts, '2026-10-20').item).toMatchObject({ anchor: '2026-09-30', due: '2026-10-30' });
  });

  it('reports the demo case 1000107: closed two months ago, last check-in 40 days ago', () => {
    const { findings } = check('or-retention-monthly-check-in', postTanf('2026-09-24', ['2026-10-15']), '2026-11-24');
    expect(findings.map((f) => [f.severity, f.due])).toEqual([['warning', '2026-11-15']]);
  });

  it('lasts six months after the closure: applies on the last day, not the day after', () => {
    const facts = postTanf('2026-05-24', ['2026-11-02']);
    expect(check('or-retention-monthly-check-in', facts, '2026-11-24').item?.status).toBe('open');
    expect(check('or-retention-monthly-check-in', facts, '2026-11-25').item).toBeUndefined();
  });

  it('is unknown without the narration screen or the closure date', () => {
    expect(check('or-retention-monthly-check-in', { ...postTanf('2026-10-01'), narrations: undefined }, '2026-11-24').item).toMatchObject({
      status: 'unknown',
      missing: ['narrations'],
    });
    expect(check('or-retention-monthly-check-in', postTanf(undefined), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['taClosure.date'] });
  });

  it('follows the configured narration kinds', () => {
    const settings = settingsWith({
      narrationKinds: DEFAULT_NARRATION_KINDS.map((k) => (k.id === 'retention-check-in' ? { ...k, patterns: ['\\bPT CALL\\b'] } : k)),
    });
    const facts = postTanf('2026-09-30', [], [{ date: '2026-11-10', text: 'PT CALL - STILL WORKING.' }]);
    expect(check('or-retention-monthly-check-in', facts, '2026-11-24', settings).item).toMatchObject({ anchor: '2026-11-10', status: 'open' });
  });

  it('applies only to Post-TANF in Oregon', () => {
    expect(check('or-retention-monthly-check-in', { ...postTanf('2026-10-01'), program: 'JOBS' }, '2026-11-24').item).toBeUndefined();
    expect(check('or-retention-monthly-check-in', { ...postTanf('2026-10-01'), jurisdiction: 'AK', program: undefined }, '2026-11-24').item).toBeUndefined();
  });
});

describe('or-retention-case-management-r73', () => {
  it('informs, citing Release 73, once the six-month window after closure has ended, while Release 73 was in effect', () => {
    const facts = postTanf('2017-05-24');
    expect(check('or-retention-case-management-r73', facts, '2017-11-24').findings).toEqual([]);
    const { findings } = check('or-retention-case-management-r73', facts, '2017-11-25');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.citationText).toContain('Release 73');
    expect(findings[0]!.explanation).toContain('TANF closure on 05/24/2017 ended 11/24/2017');
  });

  it('judges no case once Release 89 (policy 000) took effect on 04/01/2018', () => {
    expect(check('or-retention-case-management-r73', postTanf('2017-09-01'), '2018-03-31').findings).toHaveLength(1);
    for (const asOf of ['2018-04-01', '2026-11-25']) {
      const { findings, item, ev } = check('or-retention-case-management-r73', postTanf('2017-09-01'), asOf);
      expect(findings).toEqual([]);
      expect(item).toBeUndefined();
      expect(ev.unjudged).toEqual([]);
    }
  });

  it('says nothing for other programs', () => {
    expect(check('or-retention-case-management-r73', { ...postTanf('2017-01-01'), program: 'JOBS' }, '2017-11-24').findings).toEqual([]);
  });
});
