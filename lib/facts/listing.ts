/**
 * A listing screen (a worker's caseload: one row per case) to one observation per case. Each
 * row says only what its columns show (the case number, name, program, track, a review date),
 * as seen on a listing screen, so a case filled from a listing claims nothing it did not see:
 * its other facts stay "not seen yet" until the case's own screens are opened.
 */
import type { ReadProblem, ScreenRead } from '../screen/read-screen';
import type { Jurisdiction } from './case-facts';
import { observe, screenRefOf, type Observation } from './observation';
import type { ScreenRef } from './provenance';

export interface ListingObservation {
  /** One per row with a readable case number, in screen order, each case once. */
  cases: Observation[];
  /** Rows left out (no readable case number) and values that could not be read. */
  problems: ReadProblem[];
}

export function observeListing(read: ScreenRead, context: { jurisdiction?: Jurisdiction; screen?: ScreenRef } = {}): ListingObservation {
  const screen: ScreenRef = { ...(context.screen ?? screenRefOf(read)), role: 'listing' };
  const problems: ReadProblem[] = [...read.problems];
  const seen = new Set<string>();
  const cases: Observation[] = [];
  const list = read.lists[0];
  for (const [r, cells] of (list?.rows ?? []).entries()) {
    // Each row read as if it were a screen of its own with these fields.
    const one = observe({ ...read, lists: [], problems: [], fields: cells }, { ...context, screen });
    problems.push(...one.problems);
    if (!one.caseKey) {
      problems.push({ key: `${list!.key}[${r}]`, kind: 'unreadable', message: `${list!.label} row ${r + 1} on screen ${read.screen} was left out: no case number CaseLens could read` });
      continue;
    }
    if (seen.has(one.caseKey)) continue; // a case listed twice counts once
    seen.add(one.caseKey);
    cases.push({ ...one, problems: [] });
  }
  return { cases, problems };
}
