/**
 * Merging what a screen shows into what CaseLens knew about the case. The newest screen is
 * the truth for the facts it shows: values replace, blanks clear, a whole list shown replaces
 * the list known, and a list the profile says is partial, the latest rows or a history is
 * merged row by row (merge-lists.ts). Every path it showed records where and how it was shown
 * (a list's source says what its rows meant); a value typed but not saved stays pending and
 * changes no saved fact.
 */
import type { CaseFacts } from './case-facts';
import type { Observation } from './observation';
import type { CaseState, FactSource, PendingValue } from './provenance';
import { mergeRows } from './merge-lists';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepAssign(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      deepAssign(target[key] as Record<string, unknown>, value);
    } else {
      target[key] = structuredClone(value);
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

function readPath(facts: unknown, path: string): unknown {
  let node = facts;
  for (const part of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

const display = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'Y' : 'N') : v === undefined ? '' : String(v));

export function mergeObservation(existing: Partial<CaseState> | undefined, obs: Observation, at: string): CaseState {
  const facts = structuredClone(existing?.facts ?? {}) as Record<string, unknown>;
  const incoming = structuredClone(obs.facts) as Record<string, unknown>;
  for (const [path, how] of Object.entries(obs.lists ?? {})) {
    const shown = readPath(incoming, path);
    if (how.meaning === 'complete' || !Array.isArray(shown)) continue;
    const known = readPath(facts, path);
    writePath(incoming, path, mergeRows(Array.isArray(known) ? known : [], shown, how));
  }
  deepAssign(facts, incoming);
  const sources: Record<string, FactSource> = { ...existing?.sources };
  const pending: Record<string, PendingValue> = { ...existing?.pending };
  for (const [path, state] of Object.entries(obs.shown)) {
    if (state === 'blank') clearPath(facts, path);
    if (state === 'unsaved') {
      // The saved value (and where it was seen) stays as it was: the legacy system holds it.
      pending[path] = { ...obs.pending[path]!, at, source: obs.screen };
      continue;
    }
    const list = obs.lists?.[path]?.meaning;
    const source: FactSource = { ...obs.screen, state, at, ...(list ? { list } : {}) };
    const wrote = pending[path];
    if (wrote) {
      // A later read of the field settles a pending value: saved if it now shows it, lost if not.
      if (state === 'seen' && display(readPath(facts, path)).toUpperCase() === wrote.value.trim().toUpperCase()) source.confirmsWrite = wrote.at;
      delete pending[path];
    }
    sources[path] = source;
    // A list shown again settles the typed-not-saved cells it had ("narrations[2].text").
    for (const key of Object.keys(pending)) {
      if (key.startsWith(`${path}[`) && !Object.hasOwn(obs.pending, key)) delete pending[key];
    }
  }
  return { facts: facts as CaseFacts, sources, pending };
}
