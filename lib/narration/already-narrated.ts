/**
 * Whether the case's notes already say what a template would write: a TRACS narration or an
 * Alaska client note (CLNO) read from the screens that contains the note, compared the way a
 * 3270 screen keeps it (upper case, wrapped across lines, punctuation loose). Legacy list
 * screens show only the start of each note (TRACS NARR lists 70 characters), so a shown note
 * that is the start of this one counts, once it is long enough to tell. A note with holes
 * ("[Amount]") or too short to tell is never claimed as already written.
 */
import type { CaseFacts } from '../facts/case-facts';

export interface PriorNote {
  date: string;
  text: string;
}

const MIN_LENGTH = 12;
/** How much of a cut-off note must be shown before its start is taken as this note. */
const MIN_SHOWN = 40;
const normalise = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

export function alreadyNarrated(note: string, facts: Pick<CaseFacts, 'narrations' | 'clnos'>): PriorNote | undefined {
  if (/\[[^\]]+\]/.test(note)) return undefined;
  const wanted = normalise(note);
  if (wanted.length < MIN_LENGTH) return undefined;
  const notes: PriorNote[] = [
    ...(facts.narrations ?? []),
    ...(facts.clnos ?? []).map((c) => ({ date: c.date, text: [c.title, c.body].filter(Boolean).join(' ') })),
  ];
  const same = (shown: string) => shown.includes(wanted) || (shown.length >= Math.min(MIN_SHOWN, wanted.length) && wanted.startsWith(shown));
  return notes.filter((n) => same(normalise(n.text))).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
}
