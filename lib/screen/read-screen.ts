/**
 * The screen reader: (document or element, profiles) -> which screen this is, every field's
 * raw and parsed value, and a problem for each field that could not be read. Nothing is
 * dropped or guessed: a field is ok, empty, unreadable (with the reason) or missing.
 *
 * Pure DOM-in, data-out; the content script runs it, tests run it on fixtures.
 */
import type { FieldSpec, ListSpec, ScreenProfile } from './profile-schema';
import { buildTextIndex, controlValue, isValueControl, type TextIndex } from './dom-text';
import { readGrid, type Grid } from './grid';
import { locate, readElement, type LocateContext } from './locate';
import { parseValue, type FieldValue, type ParseSpec } from './parse/parse-value';
import { gridFor, recognise, type ScreenSnapshot } from './recognise';
import { elementTarget, textTarget, type Target } from './target';

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
}

export interface ReadProblem {
  key: string;
  kind: 'unreadable' | 'missing' | 'profile-error';
  message: string;
}

/** Everything the reader learnt, as plain data (safe to send between extension parts). */
export interface ScreenRead {
  profileId: string;
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

const MAX_RAW = 4000;
const quote = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

function finish(
  spec: { key: string; label: string; fact: string; parse: ParseSpec; required?: boolean },
  screen: string,
  raw: string | undefined,
  referenceYear: number,
  where = '',
): FieldRead {
  const base = { key: spec.key, label: spec.label, fact: spec.fact };
  if (raw === undefined) {
    return { ...base, status: 'missing', problem: `${spec.label}${where} on screen ${screen}: not found on the screen` };
  }
  const text = raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw;
  const parsed = parseValue(text, spec.parse, { referenceYear });
  if (parsed.status === 'ok') return { ...base, status: 'ok', raw: text, value: parsed.value };
  if (parsed.status === 'empty') return { ...base, status: 'empty', raw: text };
  return { ...base, status: 'unreadable', raw: text, problem: `${spec.label}${where} on screen ${screen}: ${quote(parsed.reason)}` };
}

function readField(ctx: LocateContext, profile: ScreenProfile, field: FieldSpec, opts: ReadOptions, targets: Map<string, Target>, problems: ReadProblem[]): FieldRead {
  for (const [i, locator] of field.from.entries()) {
    const located = locate(ctx, locator);
    if (located.found) {
      if (located.target) targets.set(field.key, located.target);
      return { ...finish(field, profile.screen, located.raw, opts.referenceYear), via: i };
    }
    if (located.error) problems.push({ key: field.key, kind: 'profile-error', message: `${field.label}: ${located.error}` });
  }
  return finish(field, profile.screen, undefined, opts.referenceYear);
}

function cellOf(row: Element, index: number): Element | undefined {
  return Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH')[index];
}

function readListRows(ctx: LocateContext, list: ListSpec, grid: Grid | null): Array<Array<{ raw: string | undefined; target?: Target }>> {
  const rows: Array<Array<{ raw: string | undefined; target?: Target }>> = [];
  const { rows: spec, columns } = list;
  if ('selector' in spec) {
    for (const row of Array.from(ctx.root.querySelectorAll(spec.selector))) {
      // A table's heading row (th cells only) is not data.
      if (row.nodeName === 'TR' && !Array.from(row.children).some((c) => c.nodeName === 'TD')) continue;
      rows.push(
        columns.map(({ from }) => {
          let el: Element | null | undefined;
          if ('cell' in from) el = cellOf(row, from.cell);
          else if ('selector' in from) el = row.querySelector(from.selector);
          if (!el) return { raw: undefined };
          const control = isValueControl(el) ? el : Array.from(el.querySelectorAll('input,select,textarea')).find(isValueControl);
          if (control && !('attribute' in from && from.attribute)) return { raw: controlValue(control), target: elementTarget(control) };
          return { raw: readElement(el, 'attribute' in from ? from.attribute : undefined), target: elementTarget(el) };
        }),
      );
    }
  } else if ('grid' in spec) {
    if (!grid) return rows;
    for (let r = spec.grid.firstRow; r <= spec.grid.lastRow; r++) {
      rows.push(
        columns.map(({ from }) => {
          if (!('grid' in from)) return { raw: undefined };
          const span = readGrid(grid, r, from.grid.col, from.grid.length);
          if (!span) return { raw: undefined };
          const src = span.control ? undefined : span.sources.find((s) => s.kind === 'text');
          const target = span.control
            ? elementTarget(span.control)
            : src?.kind === 'text' ? textTarget(src.node, src.offset, from.grid.length) : undefined;
          return { raw: span.text, target };
        }),
      );
    }
  } else {
    let re: RegExp;
    try {
      re = new RegExp(spec.pattern, `${spec.flags ?? ''}gm`);
    } catch {
      return rows;
    }
    for (const m of ctx.index.text.matchAll(re)) {
      rows.push(columns.map(({ from }) => ({ raw: 'group' in from ? m.groups?.[from.group] : undefined })));
      if (m[0] === '') break;
    }
  }
  // Rows with nothing in them are padding (3270 screens show empty list lines).
  return rows.filter((cells) => cells.some((c) => c.raw !== undefined && c.raw.replace(/[\s_]/g, '') !== ''));
}

function readList(ctx: LocateContext, profile: ScreenProfile, list: ListSpec, grid: Grid | null, opts: ReadOptions, targets: Map<string, Target>, problems: ReadProblem[]): ListRead {
  if ('pattern' in list.rows) {
    try {
      new RegExp(list.rows.pattern);
    } catch (e) {
      problems.push({ key: list.key, kind: 'profile-error', message: `${list.label}: row pattern is not a valid regular expression (${(e as Error).message})` });
    }
  }
  const rawRows = readListRows(ctx, list, grid);
  const rows = rawRows.map((cells, r) =>
    list.columns.map((column, c) => {
      const cell = cells[c]!;
      const key = `${list.key}[${r}].${column.key}`;
      if (cell.target) targets.set(key, cell.target);
      const read = finish(column, profile.screen, cell.raw, opts.referenceYear, ` (${list.label} row ${r + 1})`);
      // An optional column left blank is not a problem; a blank required one is reported.
      if (read.status === 'empty' && column.required) {
        return { ...read, key, problem: `${column.label} (${list.label} row ${r + 1}) on screen ${profile.screen}: blank` };
      }
      return { ...read, key };
    }),
  );
  return { key: list.key, label: list.label, fact: list.fact, found: rows.length > 0, rows, constants: list.constants };
}

export function readWithProfile(root: ParentNode, profile: ScreenProfile, snapshot: ScreenSnapshot, opts: ReadOptions, alsoMatched: string[] = []): ScreenReadResult {
  const grid = gridFor(snapshot, profile);
  // The text index is built only if a locator needs it (labels, patterns): grid and selector
  // screens never walk the whole page.
  const ctx: LocateContext = {
    root,
    get index() {
      return snapshot.index;
    },
    grid,
  };
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

/** The page as recognise() and the reader see it; its text index is built on first use only. */
export function makeSnapshot(root: ParentNode, url: string): ScreenSnapshot {
  let index: TextIndex | undefined;
  return {
    url,
    root,
    get index() {
      return (index ??= buildTextIndex(root as Node));
    },
    grids: new Map(),
  };
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
