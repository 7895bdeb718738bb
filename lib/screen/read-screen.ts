/**
 * The screen reader: (document or element, profiles) -> which screen this is, every field's
 * raw and parsed value, and a problem for each field that could not be read. Nothing is
 * dropped or guessed: a field is ok, empty, unreadable (with the reason) or missing.
 *
 * Two halves: extract.ts reads the raw text off the page (the content script runs it), and
 * `finishRead` here turns that into values, statuses and problems from the same profile (the
 * background runs it on what the content script sent). `readScreen` does both, for tests,
 * tools and the bench.
 */
import type { ListMeaning, ScreenProfile } from './profile-schema';
import { parseValue, type FieldValue, type ParseSpec } from './parse/parse-value';
import { cellKey, extractScreen, extractWithProfile, makeSnapshot, MAX_RAW, type RawRead } from './extract';
import type { ScreenSnapshot } from './recognise';
import type { Target } from './target';

export { makeSnapshot };

export type FieldStatus = 'ok' | 'empty' | 'unreadable' | 'missing';

export interface FieldRead {
  key: string;
  label: string;
  fact: string;
  status: FieldStatus;
  raw?: string;
  value?: FieldValue;
  problem?: string;
  /** Index of the locator that found it; above 0 means the first choice no longer works. */
  via?: number;
  /**
   * The value sits in an input that was typed into (by the worker, or by CaseLens on a click)
   * and the legacy system has not saved it yet: not a fact until a saved screen shows it.
   */
  unsaved?: 'worker' | 'caselens';
}

export interface ListRead {
  key: string;
  label: string;
  fact: string;
  found: boolean;
  rows: FieldRead[][];
  constants?: Record<string, string | number | boolean>;
  /** What the rows shown mean for the list known (complete unless the profile says). */
  meaning?: ListMeaning;
  /** Row facts that identify a row when merging (`rowKey` columns' facts); absent: every column. */
  rowKey?: string[];
}

export interface ReadProblem {
  key: string;
  kind: 'unreadable' | 'missing' | 'profile-error';
  message: string;
}

/** Everything the reader learnt, as plain data (safe to send between extension parts). */
export interface ScreenRead {
  profileId: string;
  /** The profile's own version, so Settings can say which version read each screen. */
  profileVersion?: string;
  title: string;
  system: string;
  screen: string;
  jurisdiction: ScreenProfile['jurisdiction'];
  role: ScreenProfile['role'];
  url: string;
  fields: FieldRead[];
  lists: ListRead[];
  problems: ReadProblem[];
  /** Other profiles that also matched (a sign two profiles overlap). */
  alsoMatched: string[];
  narrationTarget?: ScreenProfile['narrationTarget'] & { found: number };
}

export interface ScreenReadResult {
  read: ScreenRead | null;
  /** Page nodes behind each field's value, by field key. */
  targets: Map<string, Target>;
}

export interface ReadOptions {
  url: string;
  /** The as-of date's year, for two-digit years. */
  referenceYear: number;
}

const quote = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

type Parsed = ReturnType<typeof parseValue>;

function finish(
  spec: { key: string; label: string; fact: string; parse: ParseSpec; required?: boolean },
  screen: string,
  raw: string | null | undefined,
  referenceYear: number,
  where = '',
  /** Values already parsed for this column (a list repeats its dates and codes). */
  seen?: Map<string, Parsed>,
): FieldRead {
  const base = { key: spec.key, label: spec.label, fact: spec.fact };
  if (raw === undefined || raw === null) {
    return { ...base, status: 'missing', problem: `${spec.label}${where} on screen ${screen}: not found on the screen` };
  }
  const text = raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw;
  let parsed = seen?.get(text);
  if (!parsed) {
    parsed = parseValue(text, spec.parse, { referenceYear });
    seen?.set(text, parsed);
  }
  if (parsed.status === 'ok') return { ...base, status: 'ok', raw: text, value: parsed.value };
  if (parsed.status === 'empty') return { ...base, status: 'empty', raw: text };
  return { ...base, status: 'unreadable', raw: text, problem: `${spec.label}${where} on screen ${screen}: ${quote(parsed.reason)}` };
}

/** Does a raw read have the shape of this profile (one entry per field, one cell per column)? */
export function fitsProfile(raw: RawRead, profile: ScreenProfile): boolean {
  return (
    raw.profileId === profile.id &&
    raw.fields.length === profile.fields.length &&
    raw.lists.length === profile.lists.length &&
    raw.lists.every((rows, l) => rows.every((cells) => cells.length === profile.lists[l]!.columns.length))
  );
}

/**
 * The read as the rules need it: each raw value parsed by its field's spec, with its status
 * and, when it could not be read, the problem in words. `raw` must fit the profile (fitsProfile).
 */
export function finishRead(profile: ScreenProfile, raw: RawRead, opts: Pick<ReadOptions, 'referenceYear'>): ScreenRead {
  const problems: ReadProblem[] = [...raw.problems];
  const fields = profile.fields.map((spec, i): FieldRead => {
    const f = raw.fields[i]!;
    const read = finish(spec, profile.screen, f.raw, opts.referenceYear);
    if (f.raw !== undefined && f.via !== undefined) read.via = f.via;
    if (f.unsaved) read.unsaved = f.unsaved;
    return read;
  });
  const lists = profile.lists.map((list, l): ListRead => {
    const seen = list.columns.map(() => new Map<string, Parsed>());
    const rows = raw.lists[l]!.map((cells, r) =>
      list.columns.map((column, c) => {
        const key = cellKey(list, r, c);
        const read = finish(column, profile.screen, cells[c], opts.referenceYear, ` (${list.label} row ${r + 1})`, seen[c]);
        const unsaved = raw.unsavedCells?.[`${l}.${r}.${c}`];
        if (unsaved) read.unsaved = unsaved;
        // An optional column left blank is not a problem; a blank required one is reported.
        if (read.status === 'empty' && column.required) {
          return { ...read, key, problem: `${column.label} (${list.label} row ${r + 1}) on screen ${profile.screen}: blank` };
        }
        return { ...read, key };
      }),
    );
    return {
      key: list.key,
      label: list.label,
      fact: list.fact,
      found: rows.length > 0,
      rows,
      constants: list.constants,
      meaning: list.meaning,
      ...(list.rowKey ? { rowKey: list.columns.filter((c) => list.rowKey!.includes(c.key)).map((c) => c.fact) } : {}),
    };
  });
  for (const [i, field] of fields.entries()) {
    if (field.status === 'unreadable') problems.push({ key: field.key, kind: 'unreadable', message: field.problem! });
    if (field.status === 'missing' && profile.fields[i]!.required) problems.push({ key: field.key, kind: 'missing', message: field.problem! });
  }
  for (const list of lists) {
    for (const cell of list.rows.flat()) {
      if (cell.problem && cell.status !== 'ok') {
        problems.push({ key: cell.key, kind: cell.status === 'missing' ? 'missing' : 'unreadable', message: cell.problem });
      }
    }
  }
  let narrationTarget: ScreenRead['narrationTarget'];
  if (profile.narrationTarget) {
    if (raw.narrationFound === -1) problems.push({ key: 'narrationTarget', kind: 'profile-error', message: 'narration target selector is not valid CSS' });
    narrationTarget = { ...profile.narrationTarget, found: Math.max(0, raw.narrationFound ?? 0) };
  }
  return {
    profileId: profile.id,
    profileVersion: profile.version,
    title: profile.title,
    system: profile.system,
    screen: profile.screen,
    jurisdiction: profile.jurisdiction,
    role: profile.role,
    url: raw.url,
    fields,
    lists,
    problems,
    alsoMatched: raw.alsoMatched,
    narrationTarget,
  };
}

export function readWithProfile(root: ParentNode, profile: ScreenProfile, snapshot: ScreenSnapshot, opts: ReadOptions, alsoMatched: string[] = []): ScreenReadResult {
  const { raw, targets } = extractWithProfile(root, profile, snapshot, alsoMatched);
  return { read: finishRead(profile, { ...raw!, url: opts.url }, opts), targets };
}

/** Recognise the screen and read it. `read` is null when no profile matches. */
export function readScreen(root: ParentNode, profiles: readonly ScreenProfile[], opts: ReadOptions): ScreenReadResult {
  const { raw, profile, targets } = extractScreen(root, profiles, opts.url);
  return { read: raw && profile ? finishRead(profile, raw, opts) : null, targets };
}
