/**
 * Teach mode by keyboard: the readable values of a page in reading order, so Tab and
 * Shift+Tab can move between them (and Enter capture one) as a click would. A value is a form
 * control a person reads, or a run of text ended by two blanks, a "LABEL:" or a line end, as
 * 3270 fields are (tokenAt); on a terminal emulator that paints one span per cell, the runs of
 * its grid rows. Pure DOM in, plain data out.
 */
import { isOverlay, isValueControl, walkReadable } from './dom-text';
import { buildGrid } from './grid';
import type { GridSpec } from './profile-schema';
import { detectGrid, tokenAt, type TeachHit } from './teach';

export interface TeachStop {
  hit: TeachHit;
  /** The value as it reads, for the banner. */
  text: string;
}

const MAX_STOPS = 3000;

/**
 * The value runs of a piece of text: one at each line start and after each field gap or
 * "LABEL:", as a click there would capture (a run that still holds "LABEL: value" is left to
 * the value's own run).
 */
function runs(text: string): Array<{ start: number; end: number }> {
  const starts = new Set<number>([0]);
  for (const m of text.matchAll(/\n|\s{2,}|:\s+/g)) starts.add(m.index + m[0].length);
  const out: Array<{ start: number; end: number }> = [];
  let last = -1;
  for (const at of [...starts].sort((a, b) => a - b)) {
    if (at >= text.length) continue;
    const token = tokenAt(text, at);
    if (token.end <= token.start || token.start <= last) continue;
    if (/:\s+\S/.test(text.slice(token.start, token.end))) continue;
    out.push(token);
    last = token.start;
  }
  return out;
}

function gridStops(root: ParentNode, spec: GridSpec, out: TeachStop[]): void {
  const grid = buildGrid(root, spec);
  if (!grid) return;
  grid.rows.forEach((line, r) => {
    for (const { start, end } of runs(line)) {
      const piece = grid.pieces[r]!.find((p) => p.col - 1 <= start && start < p.col - 1 + Math.max(1, p.length));
      if (!piece) continue;
      const source = piece.source;
      const hit: TeachHit = source.kind === 'control' ? { element: source.control } : { node: source.node, offset: source.offset + (start - (piece.col - 1)) };
      out.push({ hit, text: line.slice(start, end) });
    }
  });
}

export function teachStops(doc: Document): TeachStop[] {
  const out: TeachStop[] = [];
  const body = doc.body;
  if (!body) return out;
  const grids: Element[] = [];
  walkReadable(body, (node, entering) => {
    if (!entering || out.length >= MAX_STOPS) return;
    if (grids.some((g) => g.contains(node))) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isValueControl(el) && !isOverlay(el)) out.push({ hit: { element: el }, text: (el as HTMLInputElement).value ?? '' });
      return;
    }
    const text = node as Text;
    const parent = text.parentElement;
    // One span per cell: the terminal's grid, read row by row.
    if (text.data.length <= 1 && parent?.nodeName === 'SPAN') {
      const spec = detectGrid(parent);
      if (spec?.kind === 'rows') {
        const rows = Array.from(doc.querySelectorAll(spec.selector));
        const container = rows[0]?.parentElement;
        if (container) {
          grids.push(container);
          gridStops(doc, spec, out);
          return;
        }
      }
    }
    for (const { start, end } of runs(text.data)) out.push({ hit: { node: text, offset: start }, text: text.data.slice(start, end).trim() });
  });
  return out.slice(0, MAX_STOPS);
}
