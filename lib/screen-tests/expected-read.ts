/**
 * What a profile read from a saved screen, in a form that can be stored beside the screen and
 * compared later: the profile that recognised it (and its version), every fact read as a flat
 * "path = value" list, the fact paths shown blank or unreadable, and the problems reported. A
 * listing's facts are kept per case ("cases[AK:2000222].track"). Used by the Screens tab (when a
 * screen is saved as a test) and by `caselens-profiles test`, which reads the same way.
 */
import { readScreen, type ReadOptions } from '../screen/read-screen';
import type { ScreenProfile } from '../screen/profile-schema';
import { observe } from '../facts/observation';
import { observeListing } from '../facts/listing';

export type FactValue = string | number | boolean;

export interface ExpectedRead {
  profileId: string | null;
  profileVersion?: string;
  facts: Record<string, FactValue>;
  blank: string[];
  unreadable: string[];
  problems: string[];
}

/** "fssp.planDate" = value; lists as "clnos[0].title". */
export function flatten(value: unknown, prefix = '', out: Record<string, FactValue> = {}): Record<string, FactValue> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[prefix] = value;
  return out;
}

const sorted = (o: Record<string, FactValue>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

export function expectedRead(root: ParentNode, profiles: readonly ScreenProfile[], opts: ReadOptions): ExpectedRead {
  const { read } = readScreen(root, profiles, opts);
  if (!read) return { profileId: null, facts: {}, blank: [], unreadable: [], problems: [] };
  const base = { profileId: read.profileId, ...(read.profileVersion ? { profileVersion: read.profileVersion } : {}) };
  const facts: Record<string, FactValue> = {};
  const blank: string[] = [];
  const unreadable: string[] = [];
  let problems: string[];
  if (read.role === 'listing') {
    const listing = observeListing(read);
    for (const c of listing.cases) {
      const at = `cases[${c.caseKey}]`;
      flatten(c.facts, at, facts);
      for (const [path, state] of Object.entries(c.shown)) {
        if (state === 'blank') blank.push(`${at}.${path}`);
        if (state === 'unreadable') unreadable.push(`${at}.${path}`);
      }
    }
    problems = listing.problems.map((p) => p.message);
  } else {
    const obs = observe(read);
    flatten(obs.facts, '', facts);
    for (const [path, state] of Object.entries(obs.shown)) {
      if (state === 'blank') blank.push(path);
      if (state === 'unreadable') unreadable.push(path);
    }
    problems = obs.problems.map((p) => p.message);
  }
  return { ...base, facts: sorted(facts), blank: blank.sort(), unreadable: unreadable.sort(), problems: [...new Set(problems)].sort() };
}
