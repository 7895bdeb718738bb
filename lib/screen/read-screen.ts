/**
 * The screen reader: (document or element, profiles) -> which screen this is, every field's
 * raw and parsed value, and a problem for each field that could not be read. Nothing is
 * dropped or guessed: a field is ok, empty, unreadable (with the reason) or missing.
 *
 * Pure DOM-in, data-out; the content script runs it, tests run it on fixtures.
 */
import type { FieldSpec, ListMeaning, ScreenProfile } from './profile-schema';
import { buildTextIndex } from './dom-text';
import { locate, type LocateContext } from './locate';
import type { FieldValue } from './parse/parse-value';
import { finish } from './read-finish';
import { readList } from './read-list';
import { gridFor, recognise, type ScreenSnapshot } from './recognise';
import type { Target } from './target';

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
  /** Page nodes behind each read value, by field key ("list[row].column" for list cells). */
  targets: Map<string, Target>;
}

export interface ReadOptions {
  url: string;
  /** The as-of date's year, for two-digit years. */
  referenceYear: number;
}

function readField(ctx: LocateContext, profile: ScreenProfile, field: FieldSpec, opts: ReadOptions, targets: Map<string, Target>, problems: ReadProblem[]): FieldRead {
  // A label found beside an empty value counts as blank only if no later alternative finds it.
  let blank: { raw: string; target?: Target; via: number } | undefined;
  for (const [i, locator] of field.from.entries()) {
    const located = locate(ctx, locator);
    if (located.found && located.weak) {
      blank ??= { raw: located.raw, target: located.target, via: i };
      continue;
    }
    if (located.found) {
      if (located.target) targets.set(field.key, located.target);
      return { ...finish(field, profile.screen, located.raw, opts.referenceYear), via: i };
    }
    if (located.error) problems.push({ key: field.key, kind: 'profile-error', message: `${field.label}: ${located.error}` });
  }
  if (blank) {
    if (blank.target) targets.set(field.key, blank.target);
    return { ...finish(field, profile.screen, blank.raw, opts.referenceYear), via: blank.via };
  }
  return finish(field, profile.screen, undefined, opts.referenceYear);
}

export function readWithProfile(root: ParentNode, profile: ScreenProfile, snapshot: ScreenSnapshot, opts: ReadOptions, alsoMatched: string[] = []): ScreenReadResult {
  const grid = gridFor(snapshot, profile);
  const ctx: LocateContext = { root, index: snapshot.index, grid };
  const targets = new Map<string, Target>();
  const problems: ReadProblem[] = [];
  const fields = profile.fields.map((f) => readField(ctx, profile, f, opts, targets, problems));
  const lists = profile.lists.map((l) => readList(ctx, profile, l, grid, opts, targets, problems));
  for (const field of fields) {
    if (field.status === 'unreadable') problems.push({ key: field.key, kind: 'unreadable', message: field.problem! });
    const spec = profile.fields.find((f) => f.key === field.key)!;
    if (field.status === 'missing' && spec.required) problems.push({ key: field.key, kind: 'missing', message: field.problem! });
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
    let found = 0;
    try {
      found = root.querySelectorAll(profile.narrationTarget.selector).length;
    } catch {
      problems.push({ key: 'narrationTarget', kind: 'profile-error', message: 'narration target selector is not valid CSS' });
    }
    narrationTarget = { ...profile.narrationTarget, found };
  }
  return {
    read: {
      profileId: profile.id,
      profileVersion: profile.version,
      title: profile.title,
      system: profile.system,
      screen: profile.screen,
      jurisdiction: profile.jurisdiction,
      role: profile.role,
      url: opts.url,
      fields,
      lists,
      problems,
      alsoMatched,
      narrationTarget,
    },
    targets,
  };
}

export function makeSnapshot(root: ParentNode, url: string): ScreenSnapshot {
  return { url, root, index: buildTextIndex(root as Node), grids: new Map() };
}

/**
 * Marks the fields (and list cells) whose input holds a value typed but not saved, as told by
 * `typed` (the content script tracks what was typed into which control).
 */
export function markUnsaved(result: ScreenReadResult, typed: (control: Element) => 'worker' | 'caselens' | undefined): void {
  if (!result.read) return;
  const mark = (cell: FieldRead) => {
    const target = result.targets.get(cell.key);
    const by = target?.kind === 'element' ? typed(target.element) : undefined;
    if (by) cell.unsaved = by;
    else delete cell.unsaved;
  };
  result.read.fields.forEach(mark);
  for (const list of result.read.lists) list.rows.flat().forEach(mark);
}

/** Recognise the screen and read it. `read` is null when no profile matches. */
export function readScreen(root: ParentNode, profiles: readonly ScreenProfile[], opts: ReadOptions): ScreenReadResult {
  const snapshot = makeSnapshot(root, opts.url);
  const [best, ...others] = recognise(snapshot, profiles);
  if (!best) return { read: null, targets: new Map() };
  return readWithProfile(root, best.profile, snapshot, opts, others.map((o) => o.profile.id));
}
