/** The RMSS history list: retention from settings, expired rows to delete, unreadable rows counted. */
import { describe, expect, it } from 'vitest';
import { codesText, historyView } from '../../../lib/rmss/history';
import { makeRecord } from '../../../lib/rmss/record';
import { survey, TCM_ANSWERS } from './fixtures';

const or = survey('or-rmss');
const row = (id: number, date: string) => ({ id, date, record: makeRecord({ id: `r${id}`, date, survey: or, answers: TCM_ANSWERS }) });

describe('historyView', () => {
  const rows = [row(1, '2026-01-01'), row(2, '2026-03-01'), row(3, '2025-01-01'), { id: 4, date: '2026-02-01', record: { old: true } }];

  it('lists records within retention, newest first, and names the expired rows', () => {
    const view = historyView(rows, 400, '2026-03-02');
    expect(view.records.map((r) => [r.rowId, r.date])).toEqual([
      [2, '2026-03-01'],
      [1, '2026-01-01'],
    ]);
    expect(view.unreadable).toBe(1);
    expect(view.expiredIds).toEqual([3]);
    expect(historyView(rows, 30, '2026-03-02').expiredIds).toEqual([1, 3]);
  });

  it('0 days keeps nothing', () => {
    const view = historyView(rows, 0, '2026-03-02');
    expect(view.records).toEqual([]);
    expect(view.expiredIds).toEqual([1, 2, 3, 4]);
  });

  it('codes in the survey’s question order, the comment never recorded', () => {
    const r = row(1, '2026-01-01').record;
    expect(codesText(r)).toBe('1.A.2, 2.A.2, 4.A.8');
    expect(JSON.stringify(r)).not.toContain('case plan');
    expect(r.caseIds).toEqual(['1000101']);
  });
});
