/**
 * Recording a caseload listing: every case on it gets (or updates) its record and caseload row
 * in one transaction, so a 1000-row listing fills the caseload without opening each case. Each
 * case is merged and evaluated like any screen's observation; a case no screen of its own has
 * shown yet stays marked as seen on a listing only.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { CaseEvaluatorFn } from '../checklist/case-evaluator';
import { mergeObservation } from '../facts/merge';
import type { Observation } from '../facts/observation';
import { summarise } from './case-service';
import { summaryOf, type CaseLensDb, type CaseRecord } from './db';

export async function recordListing(db: CaseLensDb, cases: readonly Observation[], now: Date, evaluate: CaseEvaluatorFn): Promise<number> {
  const withKeys = cases.filter((o): o is Observation & { caseKey: string } => !!o.caseKey);
  if (!withKeys.length) return 0;
  const keys = withKeys.map((o) => o.caseKey);
  const at = now.toISOString();
  await db.transaction('rw', db.cases, db.caseload, db.duties, async () => {
    const [existing, marks] = await Promise.all([db.cases.bulkGet(keys), db.duties.where('caseKey').anyOf(keys).toArray()]);
    const records = withKeys.map((obs, i): CaseRecord => {
      const before = existing[i];
      const [jurisdiction, caseNumber] = obs.caseKey.split(':') as [CaseRecord['jurisdiction'], string];
      const base = before ?? { facts: { jurisdiction, caseNumber } as CaseFacts, sources: {}, pending: {} };
      const state = mergeObservation(base, { ...obs, facts: { ...obs.facts, jurisdiction, caseNumber } }, at);
      const evaluation = evaluate(state, marks.filter((m) => m.caseKey === obs.caseKey));
      return {
        caseKey: obs.caseKey,
        jurisdiction,
        caseNumber,
        ...state,
        firstSeen: before?.firstSeen ?? at,
        lastSeen: at,
        program: state.facts.program,
        track: state.facts.track,
        ...summarise(evaluation, evaluation.asOf),
        // Stays "listed only" until a screen of the case itself records it (recordObservation).
        ...(before && !before.listedOnly ? {} : { listedOnly: true }),
      };
    });
    await db.cases.bulkPut(records);
    await db.caseload.bulkPut(records.map(summaryOf));
  });
  return withKeys.length;
}
