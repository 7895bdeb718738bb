/**
 * The daily pass brings every summary to today in small slices, pausing before each one (the
 * background waits there while screen reads are answered), and never overwrites a case that a
 * screen read updated while the pass was evaluating it.
 */
import { describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb, summaryOf, type CaseRecord } from '../../../lib/store/db';
import { refreshAllSummaries, SUMMARY_SLICE } from '../../../lib/store/case-service';
import type { CaseEvaluatorFn } from '../../../lib/checklist/case-evaluator';

const record = (i: number): CaseRecord => {
  const caseNumber = String(2000000 + i);
  return {
    caseKey: `AK:${caseNumber}`, jurisdiction: 'AK', caseNumber, facts: { jurisdiction: 'AK', caseNumber }, sources: {}, pending: {},
    firstSeen: 'a', lastSeen: '2026-11-20T10:00:00.000Z', nextDue: '9999-12-31', overdue: 0, openFindings: 0, reviewedMonth: '', summaryAsOf: '2026-11-20',
  };
};

/** An evaluator that says every case has one overdue duty due 2026-11-01, as of 2026-11-23. */
const evaluate = (() => ({
  asOf: '2026-11-23',
  findings: [{ ruleId: 'r' }],
  checklist: [{ ruleId: 'r', status: 'overdue', due: '2026-11-01' }],
  unjudged: [],
})) as unknown as CaseEvaluatorFn;

describe('refreshAllSummaries', () => {
  it('pauses before every slice and brings every summary to today', async () => {
    const db = openDb(`daily-${Date.now()}`, { indexedDB, IDBKeyRange });
    const records = Array.from({ length: 35 }, (_, i) => record(i));
    await db.cases.bulkPut(records);
    await db.caseload.bulkPut(records.map(summaryOf));
    let pauses = 0;
    expect(await refreshAllSummaries(db, evaluate, async () => void pauses++)).toBe(35);
    expect(pauses).toBe(Math.ceil(35 / SUMMARY_SLICE));
    expect(await db.caseload.where('nextDue').equals('2026-11-01').count()).toBe(35);
    expect((await db.cases.get('AK:2000000'))?.summaryAsOf).toBe('2026-11-23');
    db.close();
  });

  it('leaves alone a case a screen read updated while its slice was being evaluated', async () => {
    const db = openDb(`daily-${Date.now()}-b`, { indexedDB, IDBKeyRange });
    await db.cases.bulkPut([record(1), record(2)]);
    await db.caseload.bulkPut([record(1), record(2)].map(summaryOf));
    const screenRead = async () => {
      // A screen showed case 2000001 meanwhile: its record and summary are newer than the pass's.
      await db.cases.update('AK:2000001', { lastSeen: '2026-11-23T09:00:00.000Z', nextDue: '2026-12-24', summaryAsOf: '2026-11-23' });
      await db.caseload.update('AK:2000001', { nextDue: '2026-12-24' });
    };
    let evaluated = 0;
    const interleaved = ((state: CaseRecord, marks: unknown) => {
      evaluated++;
      if (evaluated === 1) void screenRead();
      return (evaluate as unknown as (s: unknown, m: unknown) => unknown)(state, marks);
    }) as unknown as CaseEvaluatorFn;
    await refreshAllSummaries(db, interleaved);
    expect((await db.caseload.get('AK:2000001'))?.nextDue).toBe('2026-12-24');
    expect((await db.caseload.get('AK:2000002'))?.nextDue).toBe('2026-11-01');
    db.close();
  });
});
