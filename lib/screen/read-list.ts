/**
 * Repeating rows: found by a selector (table rows), a range of grid lines (`step` lines per
 * entry), or a pattern with named groups; each column read from inside its row, or taken from
 * outside it (the screen's date, the plan's member) for every row. Blank padding rows (a 3270
 * list's empty lines) are dropped; a bad cell is reported with its row.
 */
import type { ListSpec, ScreenProfile } from './profile-schema';
import { controlValue, isValueControl } from './dom-text';
import { readGrid, type Grid } from './grid';
import { joinLines, locate, readElement, type LocateContext } from './locate';
import { finish } from './read-finish';
import type { ListRead, ReadOptions, ReadProblem } from './read-screen';
import { elementTarget, textTarget, type Target } from './target';

type Cell = { raw: string | undefined; target?: Target };
type Column = ListSpec['columns'][number];

function cellOf(row: Element, index: number): Element | undefined {
  return Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH')[index];
}

function selectorCell(row: Element, from: Column['from']): Cell {
  let el: Element | null | undefined;
  if ('cell' in from) el = cellOf(row, from.cell);
  else if ('selector' in from) el = row.querySelector(from.selector);
  if (!el) return { raw: undefined };
  const control = isValueControl(el) ? el : Array.from(el.querySelectorAll('input,select,textarea')).find(isValueControl);
  if (control && !('attribute' in from && from.attribute)) return { raw: controlValue(control), target: elementTarget(control) };
  return { raw: readElement(el, 'attribute' in from ? from.attribute : undefined), target: elementTarget(el) };
}

function gridCell(grid: Grid, r: number, from: Column['from']): Cell {
  if (!('grid' in from)) return { raw: undefined };
  const { col, length, lines = 1, join } = from.grid;
  const span = readGrid(grid, r, col, length);
  if (!span) return { raw: undefined };
  const src = span.control ? undefined : span.sources.find((s) => s.kind === 'text');
  const target = span.control ? elementTarget(span.control) : src?.kind === 'text' ? textTarget(src.node, src.offset, length) : undefined;
  if (lines === 1) return { raw: span.text, target };
  const texts = [span.text];
  for (let i = 1; i < lines; i++) texts.push(readGrid(grid, r + i, col, length)?.text ?? '');
  return { raw: joinLines(texts, join), target };
}

/** Cells from inside each row, `undefined` for the columns taken from outside the rows. */
function rowCells(ctx: LocateContext, list: ListSpec, grid: Grid | null): Cell[][] {
  const rows: Cell[][] = [];
  const { rows: spec, columns } = list;
  const inside = (from: Column['from']) => !('outside' in from);
  if ('selector' in spec) {
    for (const row of Array.from(ctx.root.querySelectorAll(spec.selector))) {
      // A table's heading row (th cells only) is not data.
      if (row.nodeName === 'TR' && !Array.from(row.children).some((c) => c.nodeName === 'TD')) continue;
      rows.push(columns.map(({ from }) => (inside(from) ? selectorCell(row, from) : { raw: undefined })));
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
  return rows.filter((cells) => cells.some((c, i) => inside(columns[i]!.from) && c.raw !== undefined && c.raw.replace(/[\s_]/g, '') !== ''));
}

export function readList(ctx: LocateContext, profile: ScreenProfile, list: ListSpec, grid: Grid | null, opts: ReadOptions, targets: Map<string, Target>, problems: ReadProblem[]): ListRead {
  if ('pattern' in list.rows) {
    try {
      new RegExp(list.rows.pattern);
    } catch (e) {
      problems.push({ key: list.key, kind: 'profile-error', message: `${list.label}: row pattern is not a valid regular expression (${(e as Error).message})` });
    }
  }
  // A value from outside the rows is found once and given to every row.
  const outside = list.columns.map(({ from }) => {
    if (!('outside' in from)) return undefined;
    const located = locate(ctx, from.outside);
    if (!located.found && located.error) problems.push({ key: list.key, kind: 'profile-error', message: `${list.label}: ${located.error}` });
    return located.found ? { raw: located.raw, target: located.target } : { raw: undefined };
  });
  const rows = rowCells(ctx, list, grid).map((cells, r) =>
    list.columns.map((column, c) => {
      const cell = outside[c] ?? cells[c]!;
      const key = `${list.key}[${r}].${column.key}`;
      if (cell.target && !outside[c]) targets.set(key, cell.target);
      const read = finish(column, profile.screen, cell.raw, opts.referenceYear, ` (${list.label} row ${r + 1})`);
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
}
