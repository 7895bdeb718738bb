/**
 * Where every fact came from, and how sure CaseLens is of it. One shape flows through the whole
 * path: a screen read says per field what it saw (seen, shown blank, unreadable, or typed on
 * the screen but not saved yet); the observation keeps that per fact path; the merge records it
 * per path with the origin, tab, frame, screen and time; the evaluation asks it before calling a
 * fact blank; the panel shows it beside each value. A fact with no source was never seen.
 */
import { z } from 'zod';
import type { CaseFacts } from './case-facts';

/**
 * - `seen`: a screen showed a value and CaseLens read it;
 * - `blank`: a screen that has the field showed it empty;
 * - `unreadable`: a screen showed the field but its value could not be read (neither blank nor a value);
 * - `unsaved`: the field held a value typed (by the worker or by CaseLens) that the legacy system
 *   has not saved yet; the saved value stays what it was.
 */
export const FACT_STATES = ['seen', 'blank', 'unreadable', 'unsaved'] as const;
export type FactState = (typeof FACT_STATES)[number];
/** A fact path no screen has shown. */
export type Presence = FactState | 'never';

/** The screen a read came from: which site, tab and frame showed it, and which profile read it. */
export const ScreenRefSchema = z.object({
  /** "https://tracs.example.gov"; '' for data recorded before CaseLens kept origins. */
  origin: z.string().max(300),
  /** Origin and path only: a query string may hold client identifiers. */
  url: z.string().max(2000),
  tabId: z.number().int().optional(),
  frameId: z.number().int().optional(),
  profileId: z.string().max(100),
  system: z.string().max(40),
  screen: z.string().max(40),
  title: z.string().max(120),
  /** 'listing': a list of many cases (a worker's caseload), not one case's own screen. */
  role: z.enum(['screen', 'listing']).optional(),
});
export type ScreenRef = z.infer<typeof ScreenRefSchema>;

export const FactSourceSchema = ScreenRefSchema.extend({
  state: z.enum(FACT_STATES),
  /** When the screen showed it (ISO timestamp). */
  at: z.string(),
  /** A value CaseLens (or the worker) had typed, and that this read showed saved, at this time. */
  confirmsWrite: z.string().optional(),
  /**
   * For a list: the screen showed some of its rows (`partial`), its newest (`latest`) or a log to
   * append to (`history`), so rows seen on earlier screens are still in it. Absent: the whole list.
   */
  list: z.enum(['partial', 'latest', 'history', 'complete']).optional(),
});
export type FactSource = z.infer<typeof FactSourceSchema>;

/** A value on a screen that the legacy system has not saved yet. */
export const PendingValueSchema = z.object({
  /** As the screen shows it ("Y"). */
  value: z.string().max(4000),
  by: z.enum(['worker', 'caselens']),
  at: z.string(),
  source: ScreenRefSchema,
});
export type PendingValue = z.infer<typeof PendingValueSchema>;

/** What CaseLens knows of a case: the saved facts, where each came from, and what is typed but not saved. */
export interface CaseState {
  facts: CaseFacts;
  sources: Record<string, FactSource>;
  pending: Record<string, PendingValue>;
}

/** How a fact path stands: read, shown blank, unreadable, typed-not-saved, or never shown. */
export function presenceOf(sources: Readonly<Record<string, FactSource>> | undefined, path: string): Presence {
  return (sources && Object.hasOwn(sources, path) ? sources[path]!.state : undefined) ?? 'never';
}

/** "https://host/path" from a page URL, without query or fragment; '' when it is not a web URL. */
export function pageUrlOf(url: string): { origin: string; url: string } {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { origin: '', url: '' };
    return { origin: u.origin, url: `${u.origin}${u.pathname}` };
  } catch {
    return { origin: '', url: '' };
  }
}

/** Plain words for a source, for the panel: "seen on TRACS CPLN (Case plan) at 10:02". */
export function describeSource(source: FactSource | undefined): string {
  if (!source) return 'not on any screen seen yet';
  const where = `${source.system} ${source.screen}`.trim();
  switch (source.state) {
    case 'seen':
      if (source.role === 'listing') return `seen on the ${where} caseload list`;
      return source.list && source.list !== 'complete' ? `seen (with rows from earlier screens) on ${where}` : `seen on ${where}`;
    case 'blank':
      return `shown blank on ${where}`;
    case 'unreadable':
      return `on ${where}, but CaseLens could not read it`;
    case 'unsaved':
      return `typed on ${where}, not saved yet`;
  }
}
