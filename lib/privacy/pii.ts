/**
 * Client information in free text: Social Security numbers, birth dates and the names of the
 * household. Used where text must not carry it (an RMSS comment, a narration field that does
 * not call for it). Finds spans; deciding what is allowed is the caller's business.
 */
import { formatUs, type IsoDate } from '../dates/iso-date';

export type PiiKind = 'ssn' | 'birth-date' | 'name';

export interface PiiHit {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

export interface KnownPeople {
  /** First and last names of household members, as screens show them. */
  names?: readonly string[];
  /** Their birth dates. */
  birthDates?: readonly IsoDate[];
}

const SSN = /\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b/g;
const SSN_LABELLED = /\bSSN\s*[:#]?\s*(\d{9})\b/gi;
const DATE = /\b(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12]\d|3[01])[/.-](\d{4}|\d{2})\b/g;
const BIRTH_CONTEXT = /\b(DOB|D\.O\.B\.?|born|birth ?date|date of birth|birthday)\b/i;

function dateForms(iso: IsoDate): string[] {
  const us = formatUs(iso); // 03/07/2012
  const [m, d, y] = us.split('/') as [string, string, string];
  return [us, `${m}/${d}/${y.slice(2)}`, `${Number(m)}/${Number(d)}/${y}`, `${Number(m)}/${Number(d)}/${y.slice(2)}`, `${m}-${d}-${y}`];
}

export function findPii(text: string, known: KnownPeople = {}): PiiHit[] {
  const hits: PiiHit[] = [];
  const add = (kind: PiiKind, start: number, value: string) => hits.push({ kind, start, end: start + value.length, text: value });
  for (const m of text.matchAll(SSN)) add('ssn', m.index, m[0]);
  for (const m of text.matchAll(SSN_LABELLED)) add('ssn', m.index + m[0].indexOf(m[1]!), m[1]!);
  const knownDates = new Set((known.birthDates ?? []).flatMap(dateForms));
  for (const m of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (knownDates.has(m[0]) || BIRTH_CONTEXT.test(before)) add('birth-date', m.index, m[0]);
  }
  for (const name of new Set(known.names ?? [])) {
    const clean = name.trim();
    if (clean.length < 3) continue; // initials and short names match too much ordinary text
    const re = new RegExp(`\\b${clean.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    for (const m of text.matchAll(re)) add('name', m.index, m[0]);
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const PII_WORDS: Record<PiiKind, string> = {
  ssn: 'a Social Security number',
  'birth-date': 'a birth date',
  name: 'a client name',
};
