/**
 * The CLNO and narration classifiers: which configured kinds (Settings.clnoKinds,
 * Settings.narrationKinds) a note is, and how a recorded contact was made. Pure functions over
 * the settings, so an agency's own patterns apply without code.
 */
import type { CaseFacts } from '../../facts/case-facts';
import type { ClnoKind, ContactMethodPattern, NarrationKind } from '../../config/clno-kinds';
import { clauses } from '../../narration/clauses';

export type Clno = NonNullable<CaseFacts['clnos']>[number];
export type Narration = NonNullable<CaseFacts['narrations']>[number];

const compiled = new Map<string, RegExp>();

/** Patterns come from validated settings; compiled once each. */
export function patternMatches(pattern: string, text: string | undefined): boolean {
  if (!text) return false;
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = new RegExp(pattern, 'i')));
  return re.test(text);
}

const anyMatch = (patterns: readonly string[] | undefined, text: string | undefined) => (patterns ?? []).some((p) => patternMatches(p, text));

/**
 * Whether the text matches the kind's patterns, in a clause that does not say it was not done
 * (the kind's `notDone` words). A pattern that spans clauses is tried on the whole text when
 * the kind has no `notDone` words.
 */
function says(patterns: readonly string[] | undefined, notDone: readonly string[] | undefined, text: string | undefined): boolean {
  if (!text || !patterns?.length) return false;
  if (!notDone?.length) return anyMatch(patterns, text);
  return clauses(text).some((c) => anyMatch(patterns, c) && !anyMatch(notDone, c));
}

export function clnoIsKind(clno: Clno, kind: ClnoKind): boolean {
  return says(kind.titlePatterns, kind.notDone, clno.title) || says(kind.bodyPatterns, kind.notDone, clno.body);
}

/** The ids of every configured kind the CLNO is (a CLNO may be several, e.g. contact and EA). */
export function clnoKindsOf(clno: Clno, kinds: readonly ClnoKind[]): string[] {
  return kinds.filter((k) => clnoIsKind(clno, k)).map((k) => k.id);
}

export function narrationKindsOf(n: Narration, kinds: readonly NarrationKind[]): string[] {
  return kinds.filter((k) => says(k.patterns, k.notDone, n.text)).map((k) => k.id);
}

/** Contact methods named in the text (a note may record a call and a letter). */
export function contactMethodsIn(text: string, methods: readonly ContactMethodPattern[]): string[] {
  return methods.filter((m) => anyMatch(m.patterns, text)).map((m) => m.method);
}

/** Kind ids a rule names that the settings do not define: a configuration error to report. */
export function undefinedKinds(ids: readonly string[], kinds: ReadonlyArray<{ id: string }>): string[] {
  return ids.filter((id) => !kinds.some((k) => k.id === id));
}

/** Reads a rule param that lists kind ids: `kind` (one) or `allKinds` (each must match). */
export function kindParams(params: Record<string, unknown>): string[] {
  const all = Array.isArray(params.allKinds) ? params.allKinds.filter((k): k is string => typeof k === 'string') : [];
  return typeof params.kind === 'string' ? [params.kind, ...all] : all;
}
