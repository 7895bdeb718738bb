/**
 * Which profile describes this screen? Content decides (title or screen id, text that must
 * or must not appear, the number of input fields); a URL pattern only narrows, because many
 * mainframe screens share one URL.
 */
import type { ScreenProfile, TextTest } from './profile-schema';
import { isValueControl, normalise, type TextIndex } from './dom-text';
import { buildGrid, findInGrid, type Grid } from './grid';
import { urlMatches } from './url-match';

export { urlMatches };

export interface ScreenSnapshot {
  url: string;
  root: ParentNode;
  /** The page's readable text (built on first use: recognising by selector or grid never needs it). */
  readonly index: TextIndex;
  /** Grids built so far, by grid spec, so profiles sharing a layout share the work. */
  grids: Map<string, Grid | null>;
  normalisedText?: string;
}

export function gridFor(snapshot: ScreenSnapshot, profile: ScreenProfile): Grid | null {
  if (!profile.grid) return null;
  const key = JSON.stringify(profile.grid);
  if (!snapshot.grids.has(key)) snapshot.grids.set(key, buildGrid(snapshot.root, profile.grid));
  return snapshot.grids.get(key) ?? null;
}

function textPasses(snapshot: ScreenSnapshot, profile: ScreenProfile, test: TextTest): boolean {
  if (test.at) {
    const grid = gridFor(snapshot, profile);
    if (!grid) return false;
    const line = grid.rows[test.at.row - 1] ?? '';
    const found = line.slice(test.at.col - 1, test.at.col - 1 + test.text.length);
    return test.caseSensitive ? found === test.text : found.toUpperCase() === test.text.toUpperCase();
  }
  if (test.selector) {
    let els: Element[];
    try {
      els = Array.from(snapshot.root.querySelectorAll(test.selector));
    } catch {
      return false;
    }
    return els.some((el) => {
      const text = el.textContent ?? '';
      return test.caseSensitive ? text.includes(test.text) : normalise(text).includes(normalise(test.text));
    });
  }
  if (test.caseSensitive) return snapshot.index.text.includes(test.text);
  snapshot.normalisedText ??= normalise(snapshot.index.text);
  const grid = profile.grid ? gridFor(snapshot, profile) : null;
  return snapshot.normalisedText.includes(normalise(test.text)) || (!!grid && findInGrid(grid, test.text).length > 0);
}

function countInputs(root: ParentNode): number {
  return Array.from(root.querySelectorAll('input,select,textarea')).filter(isValueControl).length;
}

export interface Recognition {
  profile: ScreenProfile;
  score: number;
}

/** All profiles that match, best first. */
export function recognise(snapshot: ScreenSnapshot, profiles: readonly ScreenProfile[]): Recognition[] {
  let inputs: number | undefined;
  const matches: Recognition[] = [];
  for (const profile of profiles) {
    const m = profile.match;
    if (m.url && !urlMatches(m.url, snapshot.url)) continue;
    if (m.inputs) {
      inputs ??= countInputs(snapshot.root);
      if ((m.inputs.min !== undefined && inputs < m.inputs.min) || (m.inputs.max !== undefined && inputs > m.inputs.max)) continue;
    }
    if (!m.all.every((t) => textPasses(snapshot, profile, t))) continue;
    if (m.none.some((t) => textPasses(snapshot, profile, t))) continue;
    const score = profile.priority * 1000 + m.all.length * 10 + m.none.length + (m.url ? 5 : 0) + (m.inputs ? 3 : 0);
    matches.push({ profile, score });
  }
  return matches.sort((a, b) => b.score - a.score);
}
