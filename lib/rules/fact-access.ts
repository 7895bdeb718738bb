/** Looks a fact up by name: a computed fact first, else a plain path into the case facts. */
import type { CaseFacts } from '../facts/case-facts';
import { DERIVED_FACTS } from './facts';
import { known, unknown, type EvalContext, type FactResult } from './context';
import { presenceOf } from '../facts/provenance';

export function readPath(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}


export function getFact(facts: CaseFacts, name: string, params: Record<string, unknown> | undefined, ctx: EvalContext): FactResult {
  if (name === 'today') return known(ctx.asOf);
  const derived = DERIVED_FACTS[name];
  if (derived) return derived(facts, params ?? {}, ctx);
  if (presenceOf(ctx.sources, name) === 'unreadable') return unknown(name);
  const value = readPath(facts, name);
  return value === undefined ? unknown(name) : known(value);
}
