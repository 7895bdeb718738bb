/**
 * Client information in a survey comment. findPii finds SSNs, birth dates and the known names;
 * on top of that an RMSS comment must not carry case numbers, and a name must not slip through
 * as a first or last name alone ("met with Lopez"). Spans only, never the text itself, so an
 * issue that reports them repeats no client information.
 */
import { findPii, PII_WORDS, type KnownPeople, type PiiKind } from '../privacy/pii';

export interface KnownClientInfo extends KnownPeople {
  /** Case identifiers the worker is dealing with (e.g. the one in Case Type/Number). */
  caseIds?: readonly string[];
}

export type ClientInfoKind = PiiKind | 'case-number';

export interface ClientInfoSpan {
  kind: ClientInfoKind;
  start: number;
  end: number;
}

export const CLIENT_INFO_WORDS: Record<ClientInfoKind, string> = { ...PII_WORDS, 'case-number': 'a case number' };

/**
 * Digits in a run of 5 or more, optionally after up to 3 letters ("1000101", "XX123456"):
 * the shape of case, client and person numbers. Short numbers (times, counts, years) pass.
 */
const NUMBER_LIKE = /\b[A-Za-z]{0,3}-?\d{5,}\b/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Full names and their parts, so "Maria Lopez" also catches "Lopez" on its own. */
function nameVariants(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => [n.trim(), ...n.trim().split(/[\s,]+/)]).filter((n) => n.length >= 3))];
}

export function findClientInfo(text: string, known: KnownClientInfo = {}): ClientInfoSpan[] {
  const spans: ClientInfoSpan[] = findPii(text, { ...known, names: nameVariants(known.names ?? []) }).map(({ kind, start, end }) => ({
    kind,
    start,
    end,
  }));
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  const addNumber = (start: number, end: number) => {
    if (!overlaps(start, end)) spans.push({ kind: 'case-number', start, end });
  };
  for (const id of new Set((known.caseIds ?? []).map((c) => c.trim()).filter((c) => c.length >= 3))) {
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escape(id)}(?![A-Za-z0-9])`, 'gi'))) addNumber(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMBER_LIKE)) addNumber(m.index, m.index + m[0].length);
  return spans.sort((a, b) => a.start - b.start);
}

/** "a client name and a case number" */
export function describeClientInfo(spans: readonly ClientInfoSpan[]): string {
  const words = [...new Set(spans.map((s) => CLIENT_INFO_WORDS[s.kind]))];
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
