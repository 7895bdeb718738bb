/** Rule evaluation and caseload benches (the reader bench is in reader-bench.ts). */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { DemoState } from '../demo/data/state';
import { builtInKnowledge } from '../lib/knowledge';
import { makeEvaluator } from '../lib/checklist/case-evaluator';
import { DEFAULT_SETTINGS } from '../lib/config/settings-schema';
import type { CaseState } from '../lib/facts/provenance';
import type { CaseRecord } from '../lib/store/db';
import { openDb, summaryOf } from '../lib/store/db';
import { summarise } from '../lib/store/case-service';
import { queryCaseload, reviewProgress } from '../lib/store/caseload';
import { evaluateDemoFacts } from './demo-facts';
import { chromiumCaseloadBench } from './chromium-caseload';
import { time, type Timing } from './measure';

const TODAY = '2026-11-23';
const NOW = new Date(`${TODAY}T21:00:00Z`);

/** 10 000 cases: the demo cases' facts, repeated under new case numbers. */
function caseload(n: number): CaseState[] {
  const base = evaluateDemoFacts(new DemoState(TODAY));
  return Array.from({ length: n }, (_, i) => {
    const f = structuredClone(base[i % base.length]!);
    f.facts.caseNumber = String(5000000 + i);
    return f;
  });
}

async function rulesBench(): Promise<Timing[]> {
  const evaluate = makeEvaluator(DEFAULT_SETTINGS, builtInKnowledge(), NOW);
  const cases = caseload(10_000);
  const alaska = cases.find((c) => c.facts.jurisdiction === 'AK' && (c.facts.clnos?.length ?? 0) > 5)!;
  return [
    await time(`evaluate 1 case (Alaska, ${builtInKnowledge().rules.length} rules)`, 500, () => evaluate(alaska)),
    await time('evaluate a caseload of 10 000 cases', 3, () => cases.forEach((c) => evaluate(c)), 1),
  ];
}

function caseRecords(n: number): CaseRecord[] {
  const evaluate = makeEvaluator(DEFAULT_SETTINGS, builtInKnowledge(), NOW);
  return caseload(n).map((state) => {
    const e = evaluate(state);
    const { facts } = state;
    return {
      ...state, caseKey: `${facts.jurisdiction}:${facts.caseNumber}`, jurisdiction: facts.jurisdiction, caseNumber: facts.caseNumber,
      firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString(), program: facts.program, track: facts.track,
      ...summarise(e, e.asOf),
    };
  });
}

async function chromiumBench(): Promise<Timing[]> {
  const timings = await chromiumCaseloadBench(caseRecords(10_000), TODAY);
  return timings.map((t) => ({ ...t, name: `caseload at 10 000 cases: ${t.name}` }));
}

async function caseloadBench(): Promise<Timing[]> {
  const db = openDb(`bench-${Date.now()}`, { indexedDB, IDBKeyRange });
  const records = caseRecords(10_000);
  await db.cases.bulkPut(records);
  await db.caseload.bulkPut(records.map(summaryOf));
  return [
    await time('caseload at 10 000 cases: first page (100) by next due', 20, () => queryCaseload(db, {}, TODAY, 100)),
    await time('caseload at 10 000 cases: overdue only', 20, () => queryCaseload(db, { due: 'overdue' }, TODAY, 100)),
    await time('caseload at 10 000 cases: search by case number prefix', 20, () => queryCaseload(db, { search: '500012' }, TODAY, 100)),
    await time('caseload at 10 000 cases: Alaska, Work First, due this week', 20, () => queryCaseload(db, { jurisdiction: 'AK', track: 'WORK_FIRST', due: 'this-week' }, TODAY, 100)),
    await time('monthly review progress over 10 000 cases', 20, () => reviewProgress(db, '2026-11', ['AK'])),
  ];
}

export const benches: Array<[string, () => Promise<Timing[]>]> = [
  ['Rule evaluation (pure, per case and caseload)', rulesBench],
  ['Caseload queries in Chromium (Dexie on the browser\'s IndexedDB, as in the extension)', chromiumBench],
  ['Caseload queries in Node (Dexie on fake-indexeddb, the unit tests\' in-memory IndexedDB, for comparison)', caseloadBench],
];
