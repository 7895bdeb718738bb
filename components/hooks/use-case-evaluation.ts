/** A stored case, live from Dexie, with its findings and checklist for today. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { builtInKnowledge } from '../../lib/knowledge';
import { contextFor } from '../../lib/rules/context-for';
import { evaluateCase, type Evaluation } from '../../lib/rules/evaluate';
import type { EvalContext } from '../../lib/rules/context';
import type { Settings } from '../../lib/config/settings-schema';
import type { CaseRecord } from '../../lib/store/db';
import { getDb } from './use-db';

export interface CaseView {
  record: CaseRecord;
  evaluation: Evaluation;
  ctx: EvalContext;
}

export function useCaseEvaluation(caseKey: string | undefined, settings: Settings | undefined): CaseView | undefined | null {
  const record = useLiveQuery(async () => (caseKey ? ((await getDb().cases.get(caseKey)) ?? null) : null), [caseKey]);
  return useMemo(() => {
    if (record === undefined || !settings) return undefined; // loading
    if (record === null) return null;
    const { rules, calendars } = builtInKnowledge();
    const ctx = contextFor(record.jurisdiction, settings, calendars);
    return { record, evaluation: evaluateCase(record.facts, rules, ctx), ctx };
  }, [record, settings]);
}
