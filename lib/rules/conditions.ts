/**
 * Three-valued condition evaluation: true, false, or unknown (a fact is missing). A rule never
 * fires on a guess; an unknown says which facts would settle it.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { Condition, FactCondition, Operator } from './rule-schema';
import { addDays } from '../dates/date-math';
import { getFact } from './fact-access';
import type { EvalContext } from './context';

export type Truth = true | false | 'unknown';

export interface Evidence {
  fact: string;
  /** The params of a computed fact (e.g. which path `blank` looked at). */
  params?: Record<string, unknown>;
  label?: string;
  value: unknown;
  display?: string;
  known: boolean;
  missing?: string[];
}

export interface ConditionResult {
  truth: Truth;
  evidence: Evidence[];
  missing: string[];
}

/** `{ "$today": -30 }` means 30 days before the as-of date; `{ "$fact": "x" }` another fact. */
function resolveValue(value: unknown, facts: CaseFacts, ctx: EvalContext): { known: boolean; value: unknown } {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const ref = value as Record<string, unknown>;
    if (typeof ref.$today === 'number') return { known: true, value: addDays(ctx.asOf, ref.$today) };
    if (typeof ref.$fact === 'string') {
      const r = getFact(facts, ref.$fact, undefined, ctx);
      return r.known ? { known: true, value: r.value } : { known: false, value: undefined };
    }
  }
  return { known: true, value };
}

const compare = (a: unknown, b: unknown): number | undefined => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
};

const size = (v: unknown): number | undefined =>
  Array.isArray(v) ? v.length : typeof v === 'string' ? v.trim().length : undefined;

export const OPERATOR_TABLE: Record<Operator, (actual: unknown, expected: unknown) => boolean> = {
  equal: (a, e) => a === e,
  notEqual: (a, e) => a !== e,
  in: (a, e) => Array.isArray(e) && e.includes(a),
  notIn: (a, e) => Array.isArray(e) && !e.includes(a),
  lessThan: (a, e) => (compare(a, e) ?? 0) < 0,
  lessThanOrEqual: (a, e) => compare(a, e) !== undefined && compare(a, e)! <= 0,
  greaterThan: (a, e) => (compare(a, e) ?? 0) > 0,
  greaterThanOrEqual: (a, e) => compare(a, e) !== undefined && compare(a, e)! >= 0,
  exists: (a) => a !== undefined,
  missing: (a) => a === undefined,
  notEmpty: (a) => (size(a) ?? 0) > 0,
  empty: (a) => (size(a) ?? 0) === 0,
  includes: (a, e) => (Array.isArray(a) ? a.includes(e) : typeof a === 'string' && typeof e === 'string' && a.includes(e)),
  matches: (a, e) => typeof a === 'string' && typeof e === 'string' && new RegExp(e, 'i').test(a),
};

function evaluateFact(c: FactCondition, facts: CaseFacts, ctx: EvalContext): ConditionResult {
  const result = getFact(facts, c.fact, c.params, ctx);
  const op = OPERATOR_TABLE[c.operator];
  if (!result.known) {
    if (c.operator === 'missing' || c.operator === 'exists') {
      const truth = op(undefined, undefined);
      return { truth, evidence: [{ fact: c.fact, params: c.params, label: c.label, value: undefined, known: false, missing: result.missing }], missing: [] };
    }
    return {
      truth: 'unknown',
      evidence: [{ fact: c.fact, params: c.params, label: c.label, value: undefined, known: false, missing: result.missing }],
      missing: result.missing,
    };
  }
  const expected = resolveValue(c.value, facts, ctx);
  const evidence: Evidence[] = [{ fact: c.fact, params: c.params, label: c.label, value: result.value, display: result.display, known: true }];
  if (!expected.known) return { truth: 'unknown', evidence, missing: [String((c.value as { $fact: string }).$fact)] };
  return { truth: op(result.value, expected.value), evidence, missing: [] };
}

export function evaluateCondition(c: Condition, facts: CaseFacts, ctx: EvalContext): ConditionResult {
  if ('fact' in c) return evaluateFact(c, facts, ctx);
  if ('not' in c) {
    const r = evaluateCondition(c.not, facts, ctx);
    return { ...r, truth: r.truth === 'unknown' ? 'unknown' : !r.truth };
  }
  const parts = ('all' in c ? c.all : c.any).map((p) => evaluateCondition(p, facts, ctx));
  const evidence = parts.flatMap((p) => p.evidence);
  const decisive = 'all' in c ? false : true;
  if (parts.some((p) => p.truth === decisive)) return { truth: decisive, evidence, missing: [] };
  const missing = [...new Set(parts.flatMap((p) => p.missing))];
  return parts.some((p) => p.truth === 'unknown') ? { truth: 'unknown', evidence, missing } : { truth: !decisive, evidence, missing: [] };
}
