/**
 * Facts are code: the named, computed facts rules may use, beside plain case-fact paths.
 * Each takes the case facts, the rule's params and the evaluation context.
 */
import type { CaseFacts } from '../../facts/case-facts';
import type { EvalContext, FactResult } from '../context';
import { qualifyingServices, unnarratedServices } from './tcm';

export type DerivedFact = (facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext) => FactResult;

export const DERIVED_FACTS: Record<string, DerivedFact> = {
  'tcm.qualifyingServices': qualifyingServices,
  'tcm.unnarratedServices': unnarratedServices,
};
