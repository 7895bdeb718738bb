/**
 * Runs in an extension page (bundled by bench/extension/seed.ts): fills CaseLens's own database
 * with `n` cases, copies of the demo cases as CaseLens read them, under new case numbers.
 */
import { openDb, summaryOf, type CaseRecord } from '../../lib/store/db';

(globalThis as unknown as { caselensBenchSeed: unknown }).caselensBenchSeed = async (base: CaseRecord[], n: number) => {
  const db = openDb();
  for (let start = 0; start < n; start += 1000) {
    const records = Array.from({ length: Math.min(1000, n - start) }, (_, k): CaseRecord => {
      const i = start + k;
      const b = base[i % base.length]!;
      const caseNumber = String(5000000 + i);
      return { ...structuredClone(b), caseKey: `${b.jurisdiction}:${caseNumber}`, caseNumber, facts: { ...structuredClone(b.facts), caseNumber } };
    });
    await db.transaction('rw', db.cases, db.caseload, async () => {
      await db.cases.bulkPut(records);
      await db.caseload.bulkPut(records.map(summaryOf));
    });
  }
  const count = await db.caseload.count();
  db.close();
  return count;
};
