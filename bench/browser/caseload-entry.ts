/** Runs in Chromium (bundled by bench/chromium-caseload.ts): the caseload queries on real IndexedDB. */
import { openDb, summaryOf, type CaseRecord } from '../../lib/store/db';
import { queryCaseload, reviewProgress } from '../../lib/store/caseload';

async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

(window as unknown as { runCaseloadBench: unknown }).runCaseloadBench = async (records: CaseRecord[], asOf: string) => {
  const db = openDb(`bench-${Date.now()}`);
  await db.transaction('rw', db.cases, db.caseload, async () => {
    await db.cases.bulkPut(records);
    await db.caseload.bulkPut(records.map(summaryOf));
  });
  return {
    firstPage: await timeIt(20, () => queryCaseload(db, {}, asOf, 100)),
    overdue: await timeIt(20, () => queryCaseload(db, { due: 'overdue' }, asOf, 100)),
    search: await timeIt(20, () => queryCaseload(db, { search: '500012' }, asOf, 100)),
    filtered: await timeIt(20, () => queryCaseload(db, { jurisdiction: 'AK', track: 'WORK_FIRST', due: 'this-week' }, asOf, 100)),
    review: await timeIt(20, () => reviewProgress(db, asOf.slice(0, 7), ['AK'])),
  };
};
