/**
 * A saved screen's expected read against what the profiles read from it now: every difference
 * as one plain line a profile author can act on ("fssp.planDate: expected 2026-10-08, read
 * 2026-10-09"). No difference means the profiles still read the screen exactly as before. A
 * new profile version alone is not a difference: only what is read counts.
 */
import type { ExpectedRead, FactValue } from './expected-read';

const show = (v: FactValue | undefined) => (v === undefined ? 'nothing' : typeof v === 'string' ? JSON.stringify(v) : String(v));

function setDiff(label: string, expected: readonly string[], actual: readonly string[]): string[] {
  const a = new Set(actual);
  const e = new Set(expected);
  return [
    ...expected.filter((x) => !a.has(x)).map((x) => `${x}: expected ${label}, no longer ${label}`),
    ...actual.filter((x) => !e.has(x)).map((x) => `${x}: now ${label}, expected not ${label}`),
  ];
}

export function compareReads(expected: ExpectedRead, actual: ExpectedRead): string[] {
  if (expected.profileId !== actual.profileId) {
    return [`recognised ${actual.profileId ? `by profile "${actual.profileId}"` : 'by no profile'}, expected ${expected.profileId ? `profile "${expected.profileId}"` : 'no profile'}`];
  }
  const out: string[] = [];
  const paths = [...new Set([...Object.keys(expected.facts), ...Object.keys(actual.facts)])].sort();
  for (const path of paths) {
    const e = expected.facts[path];
    const a = actual.facts[path];
    if (e !== a) out.push(`${path}: expected ${show(e)}, read ${show(a)}`);
  }
  out.push(...setDiff('blank', expected.blank, actual.blank), ...setDiff('unreadable', expected.unreadable, actual.unreadable));
  const now = new Set(actual.problems);
  const before = new Set(expected.problems);
  out.push(...actual.problems.filter((p) => !before.has(p)).map((p) => `new problem: ${p}`));
  out.push(...expected.problems.filter((p) => !now.has(p)).map((p) => `problem no longer reported: ${p}`));
  return out;
}
