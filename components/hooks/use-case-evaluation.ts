/** A stored case, live from Dexie, evaluated for today with the duties marked done by hand. */
import { usePolicy } from './use-policy';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeEvaluator, type CaseEvaluation } from '../../lib/checklist/case-evaluator';
import type { EvalContext } from '../../lib/rules/context';
import type { Settings } from '../../lib/config/settings-schema';
import type { CaseRecord, DutyMark } from '../../lib/store/db';
import { getDb } from './use-db';

export interface CaseView {
  record: CaseRecord;
  evaluation: CaseEvaluation;
  ctx: EvalContext;
  marks: DutyMark[];
}

export function useCaseEvaluation(caseKey: string | undefined, settings: Settings | undefined): CaseView | undefined | null {
  const data = useLiveQuery(async () => {
    if (!caseKey) return null;
    const db = getDb();
    const [record, marks] = await Promise.all([db.cases.get(caseKey), db.duties.where('caseKey').equals(caseKey).toArray()]);
    return record ? { record, marks } : null;
  }, [caseKey]);
  const { knowledge } = usePolicy();
  return useMemo(() => {
    if (data === undefined || !settings) return undefined; // loading
    if (data === null) return null;
    const evaluation = makeEvaluator(settings, knowledge)(data.record, data.marks);
    return { record: data.record, evaluation, ctx: evaluation.ctx, marks: data.marks };
  }, [data, settings, knowledge]);
}
