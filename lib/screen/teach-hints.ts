/**
 * What teach mode can fill in for the worker: which state a screen belongs to, and what to
 * call each case fact. Guessed from what CaseLens already knows (the case on screen, the
 * screen profiles of each state's systems), never from the worker's own typing.
 */
import type { Jurisdiction } from '../facts/case-facts';
import type { FactPathInfo } from '../facts/fact-paths';
import type { ScreenProfile } from './profile-schema';

const JURISDICTIONS: readonly Jurisdiction[] = ['OR', 'AK', 'ME'];

export interface TeachPage {
  /** The case on the screen, when CaseLens read one ("ME:3000302"). */
  caseKey?: string;
  /** The profile that recognised the screen, when one did. */
  profileId?: string;
  url?: string;
  pageTitle?: string;
  /** Texts the captured screen is recognised by. */
  recognition?: readonly string[];
}

const words = (s: string) => s.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);

/**
 * The state a screen belongs to: the case on it, else the profile that knows it, else a known
 * system's name (TRACS, CMS, EIS, ASPIRE) in its address, title or text; else the state of the
 * case seen last; undefined when nothing says.
 */
export function guessJurisdiction(page: TeachPage, profiles: readonly Pick<ScreenProfile, 'id' | 'system' | 'jurisdiction'>[], lastSeen?: Jurisdiction): Jurisdiction | undefined {
  const fromCase = page.caseKey?.split(':')[0] as Jurisdiction | undefined;
  if (fromCase && JURISDICTIONS.includes(fromCase)) return fromCase;
  // A profile for every state ('ANY') says nothing about which one.
  const ofState = (j: ScreenProfile['jurisdiction'] | undefined): j is Jurisdiction => !!j && JURISDICTIONS.includes(j as Jurisdiction);
  const fromProfile = profiles.find((p) => p.id === page.profileId)?.jurisdiction;
  if (ofState(fromProfile)) return fromProfile;
  const seen = new Set([page.url ?? '', page.pageTitle ?? '', ...(page.recognition ?? [])].flatMap(words));
  const bySystem = [...new Set(profiles.filter((p) => seen.has(p.system.toUpperCase())).map((p) => p.jurisdiction))].filter(ofState);
  if (bySystem.length === 1) return bySystem[0];
  return lastSeen;
}

const ACRONYMS = new Set(['tcm', 'fssp', 'ea', 'epi', 'clno', 'cano', 'ssn', 'dob', 'ta', 'id']);

/** "casePlan.reviewDate" -> "Case plan: review date"; "fssp.goalDate" -> "FSSP: goal date". */
export function humanFactName(path: string): string {
  const parts = path.split('.').map((seg) =>
    seg
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(' ')
      .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
      .join(' '),
  );
  const text = parts.join(': ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Each fact a worker can name a value as, in the words the built-in screens use for it (the
 * worker's own vocabulary), else in words made from its name; two facts never share a label.
 */
export function factChoices(facts: readonly FactPathInfo[], profiles: readonly Pick<ScreenProfile, 'fields'>[]): Array<{ path: string; label: string }> {
  const screenWords = new Map<string, string>();
  for (const p of profiles) for (const f of p.fields) if (!screenWords.has(f.fact)) screenWords.set(f.fact, f.label);
  const named = facts.map((f) => ({ path: f.path, label: screenWords.get(f.path) ?? humanFactName(f.path) }));
  const count = new Map<string, number>();
  for (const c of named) count.set(c.label.toLowerCase(), (count.get(c.label.toLowerCase()) ?? 0) + 1);
  return named.map((c) => ((count.get(c.label.toLowerCase()) ?? 0) > 1 ? { ...c, label: `${c.label} (${humanFactName(c.path)})` } : c)).sort((a, b) => a.label.localeCompare(b.label));
}
