/**
 * Evidence a finding or a duty shows beside it: each fact with its value and where it came
 * from ("seen on TRACS CPLN", "shown blank on EIS", "not on any screen seen yet"), and values
 * typed on a screen that the legacy system has not saved.
 */
import { describeSource, presenceOf, type Presence } from '../facts/provenance';
import { formatUs } from '../dates/iso-date';
import type { EvalContext } from './context';
import type { Evidence } from './conditions';
import { formatValue } from './format-value';
import { DERIVED_FACTS } from './facts';

export interface EvidenceRow {
  fact: string;
  label: string;
  value: string;
  /** Where the value came from, in plain words. */
  seen: string;
  presence: Presence;
}

/** A value typed on a screen (by the worker or by CaseLens) that the legacy system has not saved. */
export interface PendingNote {
  fact: string;
  value: string;
  by: 'worker' | 'caselens';
  at: string;
  /** "TRACS CPLN". */
  screen: string;
}

/** The plain fact path a piece of evidence stands on: itself, or the `path` a derived fact looks at. */
function pathOf(e: Pick<Evidence, 'fact' | 'params'>): string | undefined {
  if (e.fact === 'today') return undefined;
  if (!Object.hasOwn(DERIVED_FACTS, e.fact)) return e.fact;
  return typeof e.params?.path === 'string' ? e.params.path : undefined;
}

export function rowFor(fact: string, label: string, value: string, ctx: EvalContext, path: string | undefined = fact): EvidenceRow {
  const presence = path ? presenceOf(ctx.sources, path) : 'seen';
  const source = path && ctx.sources && Object.hasOwn(ctx.sources, path) ? ctx.sources[path] : undefined;
  const seen = path ? describeSource(source) : 'worked out by CaseLens from the facts above';
  return { fact, label, value, seen, presence };
}

export function evidenceRows(evidence: readonly Evidence[], ctx: EvalContext): EvidenceRow[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => !seen.has(e.fact) && seen.add(e.fact))
    .map((e) => {
      const value = e.known ? (e.display ?? formatValue(e.value)) : formatValue(undefined);
      const path = pathOf(e) ?? (!e.known && e.missing?.length === 1 ? e.missing[0] : undefined);
      return rowFor(e.fact, e.label ?? e.fact, value, ctx, path);
    });
}

/** The pending value on the first of these paths that has one. */
export function pendingFor(paths: ReadonlyArray<string | undefined>, ctx: EvalContext): PendingNote | undefined {
  for (const fact of paths) {
    if (!fact || !ctx.pending || !Object.hasOwn(ctx.pending, fact)) continue;
    const p = ctx.pending[fact]!;
    return { fact, value: p.value, by: p.by, at: p.at, screen: `${p.source.system} ${p.source.screen}`.trim() };
  }
  return undefined;
}

/** "Y typed on TRACS CPLN by CaseLens at 10:02, not saved yet". */
export function describePending(p: PendingNote, timeZone?: string): string {
  const time = new Date(p.at);
  const when = Number.isNaN(time.getTime())
    ? ''
    : ` at ${time.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) })}`;
  const who = p.by === 'caselens' ? 'written by CaseLens' : 'typed';
  return `${p.value} ${who} on ${p.screen}${when}, not saved yet`;
}

export const formatDay = (iso: string | undefined): string => (iso ? formatUs(iso) : '');
