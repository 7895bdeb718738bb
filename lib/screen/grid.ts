/**
 * A 3270-style grid (rows x columns, 1-based) laid over a grid-like page: a <pre> of text,
 * one element per row, one element per cell placed by row/column attributes, or a table whose
 * cells span columns. Input fields
 * occupy their width (size or maxlength) at the place they sit, as on a terminal.
 */
import type { GridSpec } from './profile-schema';
import { controlValue, isOverlay, isValueControl, walkReadable, type Control } from './dom-text';

/** Where a grid span came from, for marking it on the page. */
export type GridSource = { kind: 'control'; control: Control } | { kind: 'text'; node: Text; offset: number };

interface Piece {
  col: number; // 1-based start column
  length: number;
  source: GridSource;
}

export interface Grid {
  rows: string[];
  pieces: Piece[][]; // per row
  controls: Array<{ row: number; col: number; length: number; control: Control }>;
}

export interface GridSpan {
  text: string;
  /** The control when the span starts inside an input field. */
  control?: Control;
  /** Text-node pieces under the span, for page marking. */
  sources: GridSource[];
}

function controlWidth(control: Control): number {
  const size = Number(control.getAttribute('size') ?? control.getAttribute('maxlength') ?? '');
  return Number.isFinite(size) && size > 0 ? size : Math.max(controlValue(control).length, 1);
}

class GridBuilder {
  rows: string[] = [''];
  pieces: Piece[][] = [[]];
  controls: Grid['controls'] = [];
  row = 0;

  newRow(): void {
    this.row++;
    this.rows[this.row] ??= '';
    this.pieces[this.row] ??= [];
  }

  /** Writes text at the current end of the current row (flow layout). */
  appendText(text: string, node?: Text): void {
    // Most painted text is one cell or one line: no split.
    if (!text.includes('\n')) {
      if (text) this.put(this.rows[this.row]!.length + 1, text, node ? { kind: 'text', node, offset: 0 } : undefined);
      return;
    }
    let offset = 0;
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) this.newRow();
      if (line) this.put(this.rows[this.row]!.length + 1, line, node ? { kind: 'text', node, offset } : undefined);
      offset += line.length + 1;
    }
  }

  appendControl(control: Control): void {
    this.putControl(this.rows[this.row]!.length + 1, control);
  }

  putControl(col: number, control: Control): void {
    const width = controlWidth(control);
    const value = controlValue(control).replace(/[\r\n]+/g, ' ').slice(0, width).padEnd(width, ' ');
    this.put(col, value, { kind: 'control', control });
    this.controls.push({ row: this.row + 1, col, length: width, control });
  }

  /** Writes text at an explicit 1-based column of the current row. */
  put(col: number, raw: string, source?: GridSource): void {
    const text = raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw; // emulators paint blanks as no-break spaces
    const current = this.rows[this.row]!;
    // Text flowing on at the row's end (a terminal painting cell by cell) is appended, not spliced.
    if (col - 1 === current.length) this.rows[this.row] = current + text;
    else {
      const row = current.padEnd(col - 1, ' ');
      this.rows[this.row] = row.slice(0, col - 1) + text + row.slice(col - 1 + text.length);
    }
    if (source) this.pieces[this.row]!.push({ col, length: text.length, source });
  }

  at(row1: number): void {
    this.row = row1 - 1;
    for (let r = 0; r <= this.row; r++) {
      this.rows[r] ??= '';
      this.pieces[r] ??= [];
    }
  }

  build(): Grid {
    return { rows: this.rows, pieces: this.pieces, controls: this.controls };
  }
}

function flow(builder: GridBuilder, root: Node): void {
  walkReadable(root, (node, entering) => {
    if (!entering) return;
    if (node.nodeType === 3) builder.appendText((node as Text).data, node as Text);
    else if (isValueControl(node as Element)) builder.appendControl(node as Control);
    else if (node.nodeName === 'BR') builder.newRow();
  });
}

/**
 * A table laid out as a screen (HATS and similar): each row is a screen row, each cell starts
 * where the cells before it end, counting `colspan` columns per cell, so a cell spanning 20
 * columns puts the next cell's text at column 21 whatever its text's length.
 */
function tableGrid(builder: GridBuilder, root: ParentNode, selector: string): Grid | null {
  const table = Array.from(root.querySelectorAll(selector)).find((el) => !isOverlay(el));
  if (!table) return null;
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  rows.forEach((tr, i) => {
    builder.at(i + 1);
    let col = 1;
    for (const cell of Array.from(tr.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH')) {
      const span = Math.max(1, Math.min(400, Number(cell.getAttribute('colspan') ?? '1') || 1));
      const control = Array.from(cell.querySelectorAll('input,select,textarea')).find(isValueControl);
      if (control) builder.putControl(col, control);
      else {
        const node = Array.from(cell.childNodes).find((n): n is Text => n.nodeType === 3 && !!(n as Text).data.trim()) ?? Array.from(cell.childNodes).find((n): n is Text => n.nodeType === 3);
        // A cell holds at most its own columns: longer text would overwrite the next cell.
        builder.put(col, (cell.textContent ?? '').replace(/[\r\n]+/g, ' ').slice(0, span), node ? { kind: 'text', node, offset: 0 } : undefined);
      }
      col += span;
    }
  });
  return builder.build();
}

export function buildGrid(root: ParentNode, spec: GridSpec): Grid | null {
  const builder = new GridBuilder();
  if (spec.kind === 'pre') {
    const pre = root.querySelector(spec.selector);
    if (!pre) return null;
    flow(builder, pre);
    return builder.build();
  }
  if (spec.kind === 'rows') {
    const rows = Array.from(root.querySelectorAll(spec.selector)).filter((el) => !isOverlay(el));
    if (!rows.length) return null;
    rows.forEach((row, i) => {
      if (i > 0) builder.newRow();
      flow(builder, row);
    });
    return builder.build();
  }
  if (spec.kind === 'table') return tableGrid(builder, root, spec.selector);
  const cells = Array.from(root.querySelectorAll(spec.selector)).filter((el) => !isOverlay(el));
  if (!cells.length) return null;
  for (const cell of cells) {
    const row = Number(cell.getAttribute(spec.rowAttribute));
    const col = Number(cell.getAttribute(spec.colAttribute));
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) continue;
    builder.at(row);
    if (isValueControl(cell)) builder.putControl(col, cell);
    else {
      const text = cell.textContent ?? '';
      const node = Array.from(cell.childNodes).find((n): n is Text => n.nodeType === 3);
      builder.put(col, text, node ? { kind: 'text', node, offset: 0 } : undefined);
    }
  }
  return builder.build();
}

/** The text at row/col/length and what it came from. Columns past the row's end read as blanks. */
export function readGrid(grid: Grid, row: number, col: number, length: number): GridSpan | null {
  const line = grid.rows[row - 1];
  if (line === undefined) return null;
  const control = grid.controls.find((c) => c.row === row && col >= c.col && col < c.col + c.length)?.control;
  if (control) return { text: controlValue(control), control, sources: [{ kind: 'control', control }] };
  const text = line.slice(col - 1, col - 1 + length);
  const sources = (grid.pieces[row - 1] ?? [])
    .filter((p) => p.col < col + length && p.col + p.length > col)
    .map((p) =>
      p.source.kind === 'text' ? { ...p.source, offset: p.source.offset + Math.max(0, col - p.col) } : p.source,
    );
  return { text, sources };
}

/** Every 1-based position where text starts (case-insensitive unless asked). */
export function findInGrid(grid: Grid, text: string, caseSensitive = false): Array<{ row: number; col: number }> {
  const needle = caseSensitive ? text : text.toUpperCase();
  const hits: Array<{ row: number; col: number }> = [];
  grid.rows.forEach((line, r) => {
    const hay = caseSensitive ? line : line.toUpperCase();
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) hits.push({ row: r + 1, col: i + 1 });
  });
  return hits;
}
