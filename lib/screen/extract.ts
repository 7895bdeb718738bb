/**
 * The DOM half of the reader: (document, profile) -> the raw text of every field and list cell
 * the profile names, where it sat on the page, and the profile's own errors (a bad selector or
 * pattern). Nothing is parsed here: the content script sends this raw read (RawRead, plain
 * data) and the background finishes it (read-screen.ts `finishRead`: values, statuses,
 * problems) from the same profile, so the page's frame does the least work and the message is
 * a fraction of a finished read's size.
 */
import type { ListSpec, ScreenProfile } from './profile-schema';
import { controlValue, isValueControl, type Control } from './dom-text';
import { readGrid, type Grid } from './grid';
import { joinLines, locate, readElement, type LocateContext } from './locate';
import { gridFor, recognise, type ScreenSnapshot } from './recognise';
import { buildTextIndex, type TextIndex } from './dom-text';
import { elementTarget, textTarget, type Target } from './target';

export type Unsaved = 'worker' | 'caselens';

/** One field as found on the page; `raw` absent: not found. */
export interface RawField {
  raw?: string;
  /** Index of the locator that found it; above 0 means the first choice no longer works. */
  via?: number;
  /** Typed (by the worker, or by CaseLens on a click) and not saved yet. */
  unsaved?: Unsaved;
}

export interface RawProblem {
  key: string;
  kind: 'profile-error';
  message: string;
}

/** What the page showed, by the profile's fields and lists (in the profile's order). */
export interface RawRead {
  profileId: string;
  url: string;
  fields: RawField[];
  /** Per list, its rows; per row, one cell per column (null: not found in that row). */
  lists: Array<Array<Array<string | null>>>;
  /** List cells typed but not saved, by "list.row.column" indexes. */
  unsavedCells?: Record<string, Unsaved>;
  /** The profile's own errors met while reading (selectors, patterns). */
  problems: RawProblem[];
  /** Other profiles that also matched (a sign two profiles overlap). */
  alsoMatched: string[];
  /** How many narration lines the page has (-1: the profile's selector is not valid CSS). */
  narrationFound?: number;
}

export interface Extracted {
  raw: RawRead | null;
  profile?: ScreenProfile;
  /** Page nodes behind each field's value, by field key (where a mark goes, where a write goes). */
  targets: Map<string, Target>;
  /**
   * Page nodes behind each list cell, as raw.lists is laid out (no key strings for 1000 rows):
   * the cell's element, or where in a text the cell sits.
   */
  cells: Array<Array<Array<CellAt | undefined>>>;
}

/** A raw value is capped: no field of a legacy screen is longer. */
export const MAX_RAW = 4000;
const cap = (s: string) => (s.length > MAX_RAW ? s.slice(0, MAX_RAW) : s);

/** Where a list cell sits: its element (a table cell, or the input in it), or a place in a text (grid screens). */
export type CellAt = Element | Target;

/** The element a list cell's value sits in, if it sits in one. */
export function cellElement(at: CellAt | undefined): Element | undefined {
  if (!at) return undefined;
  if ('nodeType' in at) return at;
  return at.kind === 'element' ? at.element : undefined;
}

/** A list cell's key in the finished read ("clnos[3].date"). */
export const cellKey = (list: ListSpec, row: number, column: number) => `${list.key}[${row}].${list.columns[column]!.key}`;

/** A row's cells (td/th), once per row however many columns read from it (a table row's own list). */
function cellsOf(row: Element): ArrayLike<Element> {
  if (row.nodeName === 'TR' && (row as HTMLTableRowElement).cells) return (row as HTMLTableRowElement).cells;
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (c.nodeName === 'TD' || c.nodeName === 'TH') cells.push(c);
  return cells;
}

function hasDataCell(cells: ArrayLike<Element>): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.nodeName === 'TD') return true;
  return false;
}

/** The control a person reads in a cell: the cell itself, or the first one inside it (no query for a cell of plain text). */
function controlIn(el: Element): Element | undefined {
  if (isValueControl(el)) return el;
  if (!el.firstElementChild) return undefined;
  return Array.from(el.querySelectorAll('input,select,textarea')).find(isValueControl);
}

type Cell = { raw: string | undefined; at?: CellAt };
type Column = ListSpec['columns'][number];
/** A column read from inside each row (not a value taken from outside the rows). */
const inside = (from: Column['from']) => !('outside' in from);

/** A grid cell, over `lines` lines of the entry when the column spans several (a wrapped note). */
function gridCell(grid: Grid, r: number, from: Column['from']): Cell {
  if (!('grid' in from)) return { raw: undefined };
  const { col, length, lines = 1, join } = from.grid;
  const span = readGrid(grid, r, col, length);
  if (!span) return { raw: undefined };
  const src = span.control ? undefined : span.sources.find((s) => s.kind === 'text');
  const at = span.control ? elementTarget(span.control) : src?.kind === 'text' ? textTarget(src.node, src.offset, length) : undefined;
  if (lines === 1) return { raw: span.text, at };
  const texts = [span.text];
  for (let i = 1; i < lines; i++) texts.push(readGrid(grid, r + i, col, length)?.text ?? '');
  return { raw: joinLines(texts, join), at };
}

/** A cell with more than blanks and underscores (a 3270 field's fill) in it. */
const SHOWS_SOMETHING = /[^\s_]/;

function listRows(ctx: LocateContext, list: ListSpec, grid: Grid | null): Cell[][] {
  const rows: Cell[][] = [];
  const { rows: spec, columns } = list;
  if ('selector' in spec) {
    let found: Element[];
    try {
      found = Array.from(ctx.root.querySelectorAll(spec.selector));
    } catch {
      return rows;
    }
    for (const row of found) {
      const cells = cellsOf(row);
      // A table's heading row (th cells only) is not data.
      if (row.nodeName === 'TR' && !hasDataCell(cells)) continue;
      const out: Cell[] = [];
      for (const { from } of columns) {
        // A column taken from outside the rows has nothing in the row itself.
        let el: Element | null | undefined;
        if ('cell' in from) el = cells[from.cell];
        else if ('selector' in from) el = row.querySelector(from.selector);
        if (!el) {
          out.push({ raw: undefined });
          continue;
        }
        const control = controlIn(el);
        if (control && !('attribute' in from && from.attribute)) out.push({ raw: controlValue(control as Control), at: control });
        else out.push({ raw: readElement(el, 'attribute' in from ? from.attribute : undefined), at: el });
      }
      rows.push(out);
    }
  } else if ('grid' in spec) {
    if (!grid) return rows;
    const step = spec.grid.step ?? 1;
    for (let r = spec.grid.firstRow; r <= spec.grid.lastRow; r += step) rows.push(columns.map(({ from }) => gridCell(grid, r, from)));
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
  return rows.filter((cells) => cells.some((c, i) => inside(columns[i]!.from) && c.raw !== undefined && SHOWS_SOMETHING.test(c.raw)));
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

export function extractWithProfile(root: ParentNode, profile: ScreenProfile, snapshot: ScreenSnapshot, alsoMatched: string[] = []): Extracted {
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
  const problems: RawProblem[] = [];
  const fields = profile.fields.map((field): RawField => {
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
        return { raw: cap(located.raw), via: i };
      }
      if (located.error) problems.push({ key: field.key, kind: 'profile-error', message: `${field.label}: ${located.error}` });
    }
    if (!blank) return {};
    if (blank.target) targets.set(field.key, blank.target);
    return { raw: cap(blank.raw), via: blank.via };
  });
  const cellTargets: Extracted['cells'] = [];
  const lists = profile.lists.map((list) => {
    if ('pattern' in list.rows) {
      try {
        new RegExp(list.rows.pattern);
      } catch (e) {
        problems.push({ key: list.key, kind: 'profile-error', message: `${list.label}: row pattern is not a valid regular expression (${(e as Error).message})` });
      }
    }
    // A value from outside the rows (the screen's date, the plan's member) is found once and
    // given to every row; it marks no row's cell.
    const outside = list.columns.map(({ from }) => {
      if (inside(from)) return undefined;
      const located = locate(ctx, (from as { outside: Parameters<typeof locate>[1] }).outside);
      if (!located.found && located.error) problems.push({ key: list.key, kind: 'profile-error', message: `${list.label}: ${located.error}` });
      return located.found ? cap(located.raw) : null;
    });
    const rows = listRows(ctx, list, grid);
    cellTargets.push(rows.map((cells) => cells.map((cell, c) => (outside[c] === undefined ? cell.at : undefined))));
    return rows.map((cells) => cells.map((cell, c) => outside[c] ?? (cell.raw === undefined ? null : cap(cell.raw))));
  });

  let narrationFound: number | undefined;
  if (profile.narrationTarget) {
    try {
      narrationFound = root.querySelectorAll(profile.narrationTarget.selector).length;
    } catch {
      narrationFound = -1;
    }
  }
  const raw: RawRead = { profileId: profile.id, url: snapshot.url, fields, lists, problems, alsoMatched, ...(narrationFound !== undefined ? { narrationFound } : {}) };
  return { raw, profile, targets, cells: cellTargets };
}

/** Recognise the screen and read what it shows. `raw` is null when no profile matches. */
export function extractScreen(root: ParentNode, profiles: readonly ScreenProfile[], url: string): Extracted {
  const snapshot = makeSnapshot(root, url);
  const [best, ...others] = recognise(snapshot, profiles);
  if (!best) return { raw: null, targets: new Map(), cells: [] };
  return extractWithProfile(root, best.profile, snapshot, others.map((o) => o.profile.id));
}

/**
 * Marks the fields (and list cells) whose input holds a value typed but not saved, as told by
 * `typed` (the content script tracks what was typed into which control).
 */
export function markUnsaved(ex: Extracted, typed: (control: Element) => Unsaved | undefined): void {
  const { raw, profile } = ex;
  if (!raw || !profile) return;
  const by = (at: CellAt | undefined) => {
    const el = cellElement(at);
    return el ? typed(el) : undefined;
  };
  profile.fields.forEach((field, i) => {
    const f = raw.fields[i]!;
    const u = by(ex.targets.get(field.key));
    if (u) f.unsaved = u;
    else delete f.unsaved;
  });
  const cells: Record<string, Unsaved> = {};
  ex.cells.forEach((rows, l) =>
    rows.forEach((row, r) =>
      row.forEach((target, c) => {
        const u = by(target);
        if (u) cells[`${l}.${r}.${c}`] = u;
      }),
    ),
  );
  if (Object.keys(cells).length) raw.unsavedCells = cells;
  else delete raw.unsavedCells;
}
