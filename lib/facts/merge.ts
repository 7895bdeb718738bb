/**
 * Merging what a screen shows into what CaseLens knew about the case. The newest screen is
 * the truth for the facts it shows: values replace, blanks clear, a list shown replaces the
 * list known (screens show whole lists).
 */
import type { CaseFacts } from './case-facts';
import type { Observation } from './observation';

export interface FactSource {
  screen: string;
  profileId: string;
  at: string; // ISO timestamp
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepAssign(target: Record<string, unknown>, source: Record<string, unknown>, prefix: string, touched: string[]): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepAssign(target[key] as Record<string, unknown>, value, path, touched);
    }
    else {
      target[key] = structuredClone(value);
      touched.push(path);
    }
  }
}

function clearPath(target: Record<string, unknown>, path: string): void {
  const parts = path.split('.');
  let node: unknown = target;
  for (const p of parts.slice(0, -1)) {
    if (!isPlainObject(node)) return;
    node = node[p];
  }
  if (isPlainObject(node)) delete node[parts.at(-1)!];
}

export function mergeObservation(
  existing: CaseFacts | undefined,
  obs: Observation,
  at: string,
  sources: Record<string, FactSource> = {},
): { facts: CaseFacts; sources: Record<string, FactSource> } {
  const facts = structuredClone(existing ?? {}) as Record<string, unknown>;
  const touched: string[] = [];
  deepAssign(facts, obs.facts as Record<string, unknown>, '', touched);
  for (const path of obs.cleared) {
    clearPath(facts, path);
    touched.push(path);
  }
  const next = { ...sources };
  const source: FactSource = { screen: obs.screen.screen, profileId: obs.screen.profileId, at };
  for (const path of touched) next[path] = source;
  return { facts: facts as CaseFacts, sources: next };
}
