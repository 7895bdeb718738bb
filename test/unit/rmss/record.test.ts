/** Local records of guided surveys: what is kept (no comment), whether the guide was followed, retention. */
import { describe, expect, it } from 'vitest';
import { guide } from '../../../lib/rmss/guide';
import { keepRecent, makeRecord, RmssRecordSchema } from '../../../lib/rmss/record';
import { survey, TCM_ANSWERS, TCM_MOMENT } from './fixtures';

const or = survey('or-rmss');
const base = { id: 'r1', date: '2026-03-02', sampleId: 'RMS-2026-0042', survey: or };

describe('makeRecord', () => {
  it('keeps the codes and case identifier, never the comment, and notes the guide was followed', () => {
    const record = makeRecord({ ...base, answers: TCM_ANSWERS, guideResult: guide(or, TCM_MOMENT) });
    expect(record).toEqual({
      schemaVersion: 1,
      id: 'r1',
      date: '2026-03-02',
      surveyId: 'or-rmss',
      surveyVersion: or.version,
      sampleId: 'RMS-2026-0042',
      codes: { '1.A': '1.A.2', '2.A': '2.A.2', '4.A': '4.A.8' },
      caseIds: ['1000101'],
      guide: 'followed',
      outcomeId: 'tcm-moment',
    });
    expect(JSON.stringify(record)).not.toContain('case plan');
  });

  it('notes when the worker answered otherwise, left a recommended answer out, or the moment was not covered', () => {
    const tcm = guide(or, TCM_MOMENT);
    expect(makeRecord({ ...base, answers: { ...TCM_ANSWERS, '4.A': '4.A.9' }, guideResult: tcm }).guide).toBe('differed');
    expect(makeRecord({ ...base, answers: { ...TCM_ANSWERS, '4.A': undefined }, guideResult: tcm }).guide).toBe('differed');
    expect(makeRecord({ ...base, answers: { '1.A': '1.A.4' }, guideResult: guide(or, { activity: 'training' }) })).toMatchObject({ guide: 'not-covered' });
    expect(makeRecord({ ...base, answers: { '1.A': '1.A.4' } }).guide).toBe('not-used');
  });

  it('rejects a record with an impossible date', () => {
    expect(RmssRecordSchema.safeParse({ ...makeRecord({ ...base, answers: {} }), date: '2026-02-30' }).success).toBe(false);
  });
});

describe('keepRecent', () => {
  const records = ['2025-01-01', '2025-12-02', '2025-12-03', '2026-03-01', '2026-03-05'].map((date) => ({ date }));

  it('keeps records younger than N days on the as-of date (a record N days old goes)', () => {
    // 2025-12-02 is 90 days before 2026-03-02; 2025-12-03 is 89.
    expect(keepRecent(records, 90, '2026-03-02').map((r) => r.date)).toEqual(['2025-12-03', '2026-03-01', '2026-03-05']);
  });

  it('keeps nothing for 0 days and everything for a long period', () => {
    expect(keepRecent(records, 0, '2026-03-02')).toEqual([]);
    expect(keepRecent(records, 3650, '2026-03-02')).toHaveLength(5);
  });
});
