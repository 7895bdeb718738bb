/**
 * Every fact a rule names (in its conditions, anchors, done facts, evidence, marks and the
 * params of computed facts that name other facts), and which of them the engine does not know.
 * A rule, built in or from an agency's policy pack, may only use plain case-fact paths and the
 * computed facts registered in code: packs are data, never code.
 */
import { FACT_PATHS } from '../facts/fact-paths';
import { DERIVED_FACTS } from './facts';
import type { Condition, FactCondition, FactRef, Rule } from './rule-schema';

export function conditionsIn(c: Condition | undefined): FactCondition[] {
  if (!c) return [];
  if ('all' in c) return c.all.flatMap(conditionsIn);
  if ('any' in c) return c.any.flatMap(conditionsIn);
  if ('not' in c) return conditionsIn(c.not);
  return [c];
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Params of the computed facts that name other facts. */
export const FACT_PARAMS = ['path', 'fact', 'seenWith', 'alsoFacts', 'onOrAfter', 'list'];

export function factRefs(rule: Rule): FactRef[] {
  const own = rule.kind === 'condition' ? conditionsIn(rule.when) : rule.kind === 'attestation' ? conditionsIn(rule.doneWhen) : [];
  const all = [...conditionsIn(rule.appliesTo.when), ...own];
  const refs: FactRef[] = all.map((c) => ({ fact: c.fact, params: c.params }));
  if (rule.kind === 'attestation') refs.push(...rule.evidence);
  for (const c of all) {
    const v = c.value as { $fact?: unknown } | undefined;
    if (v && typeof v === 'object' && typeof v.$fact === 'string') refs.push({ fact: v.$fact });
  }
  if (rule.kind === 'deadline') {
    const a = rule.anchor;
    if ('fact' in a) refs.push({ fact: a.fact, params: a.params });
    else if ('latestOf' in a) refs.push(...a.latestOf);
    else if ('eachOf' in a) refs.push(a.eachOf);
    else refs.push(...[a.activeFrom, a.activeUntil].filter((r): r is FactRef => !!r));
    if (rule.done) refs.push(rule.done);
  }
  return refs;
}

/** Every fact name a rule uses, including the facts named inside computed facts' params. */
export function factNames(rule: Rule): string[] {
  const names = factRefs(rule).flatMap((r) => [r.fact, ...FACT_PARAMS.flatMap((p) => strings(r.params?.[p]))]);
  if (rule.mark) names.push(rule.mark);
  if (rule.fix.setField) names.push(rule.fix.setField.fact);
  return [...new Set(names)];
}

export const isKnownFact = (name: string): boolean => name === 'today' || Object.hasOwn(DERIVED_FACTS, name) || FACT_PATHS.has(name);

export function unknownFacts(rule: Rule): string[] {
  return factNames(rule).filter((f) => !isKnownFact(f));
}
