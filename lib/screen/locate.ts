/**
 * The four ways to find a field's value on a screen: by label, CSS selector, 3270 grid
 * position, or a pattern over the readable text. Each returns the raw text and where it came
 * from, "not found", or an error in the profile itself (a bad selector or pattern).
 */
import type { Locator } from './profile-schema';
import { controlValue, isControl, isValueControl, nodesAt, normalise, type Control, type TextIndex } from './dom-text';
import { findInGrid, readGrid, type Grid, type GridSpan } from './grid';
import { elementTarget, textTarget, type Target } from './target';

export interface LocateContext {
  root: ParentNode;
  index: TextIndex;
  grid: Grid | null;
}

export type Located =
  | { found: true; raw: string; target?: Target }
  | { found: false; error?: string };

const NOT_FOUND: Located = { found: false };

/** Up to the first run of two spaces, a tab or a line end: how fields end on text screens. */
function firstValue(text: string): string {
  return text.replace(/^[\s:.#=>]*/, '').split(/\s{2,}|\t|\n/)[0] ?? '';
}

export function readElement(el: Element, attribute?: string): string {
  if (attribute) return el.getAttribute(attribute) ?? '';
  if (isControl(el)) return controlValue(el as Control);
  return el.textContent ?? '';
}

function spanTarget(span: GridSpan, length: number): Target | undefined {
  if (span.control) return elementTarget(span.control);
  const first = span.sources[0];
  if (!first) return undefined;
  return first.kind === 'control' ? elementTarget(first.control) : textTarget(first.node, first.offset, length);
}

function byGrid(ctx: LocateContext, row: number, col: number, length: number): Located {
  if (!ctx.grid) return { found: false, error: 'grid position used but the profile defines no grid' };
  const span = readGrid(ctx.grid, row, col, length);
  if (!span) return NOT_FOUND;
  return { found: true, raw: span.text, target: spanTarget(span, length) };
}

function labelOnGrid(grid: Grid, label: string, direction: 'right' | 'below'): Located {
  for (const hit of findInGrid(grid, label)) {
    const line = grid.rows[hit.row - 1]!;
    const after = hit.col - 1 + label.length;
    if (/[A-Z0-9]/i.test(line.charAt(after))) continue; // "CASE NO" must not match "CASE NOTES"
    if (direction === 'below') {
      const below = grid.rows[hit.row] ?? '';
      const raw = firstValue(below.slice(hit.col - 1));
      const span = readGrid(grid, hit.row + 1, hit.col, Math.max(raw.length, 1));
      return span ? { found: true, raw: span.control ? span.text : raw, target: spanTarget(span, raw.length) } : NOT_FOUND;
    }
    // First column after the label and its separators.
    const sep = /^[\s:.#=>]*/.exec(line.slice(after))![0].length;
    const startCol = after + sep + 1;
    const control = grid.controls.find((c) => c.row === hit.row && c.col >= after + 1 && c.col <= startCol);
    if (control) return { found: true, raw: controlValue(control.control), target: elementTarget(control.control) };
    const raw = firstValue(line.slice(after));
    const span = readGrid(grid, hit.row, startCol, Math.max(raw.length, 1));
    return { found: true, raw, target: span ? spanTarget(span, raw.length) : undefined };
  }
  return NOT_FOUND;
}

function valueInTable(cell: Element, direction: 'right' | 'below'): Located {
  const row = cell.parentElement;
  if (!row) return NOT_FOUND;
  const cells = Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');
  let candidates: Element[];
  if (direction === 'right') candidates = cells.slice(cells.indexOf(cell) + 1);
  else {
    const next = row.nextElementSibling;
    const nextCells = next ? Array.from(next.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH') : [];
    const below = nextCells[cells.indexOf(cell)];
    candidates = below ? [below] : [];
  }
  for (const candidate of candidates) {
    const control = Array.from(candidate.querySelectorAll('input,select,textarea')).find(isValueControl);
    if (control) return { found: true, raw: controlValue(control), target: elementTarget(control) };
    const text = candidate.textContent ?? '';
    if (text.trim() || direction === 'below') return { found: true, raw: text, target: elementTarget(candidate) };
  }
  return candidates.length ? { found: true, raw: '', target: elementTarget(candidates[0]!) } : NOT_FOUND;
}

function labelInDom(ctx: LocateContext, label: string, direction: 'right' | 'below'): Located {
  const wanted = normalise(label);
  const { segments, text } = ctx.index;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.node.nodeType !== 3) continue;
    const data = (seg.node as Text).data;
    const upper = data.toUpperCase();
    let at = upper.indexOf(wanted);
    while (at !== -1 && (/[A-Z0-9]/i.test(upper.charAt(at + wanted.length)) || /[A-Z0-9]/i.test(upper.charAt(at - 1)))) {
      at = upper.indexOf(wanted, at + 1);
    }
    if (at === -1) continue;
    const owner = (seg.node as Text).parentElement;
    if (owner?.nodeName === 'LABEL') {
      const forId = owner.getAttribute('for');
      const control = forId ? owner.ownerDocument.getElementById(forId) : owner.querySelector('input,select,textarea');
      if (control && isValueControl(control)) return { found: true, raw: controlValue(control), target: elementTarget(control) };
    }
    const cell = owner?.closest('td,th');
    if (cell) {
      const rest = data.slice(at + wanted.length);
      if (direction === 'right' && /\S/.test(rest.replace(/^[\s:.#=>]*/, ''))) {
        const raw = firstValue(rest);
        return { found: true, raw, target: textTarget(seg.node as Text, at + wanted.length + rest.indexOf(raw), raw.length) };
      }
      const inCell = Array.from(cell.querySelectorAll('input,select,textarea')).find(isValueControl);
      if (direction === 'right' && inCell) return { found: true, raw: controlValue(inCell), target: elementTarget(inCell) };
      return valueInTable(cell, direction);
    }
    if (owner?.nodeName === 'DT') {
      const dd = owner.nextElementSibling;
      if (dd?.nodeName === 'DD') return { found: true, raw: dd.textContent ?? '', target: elementTarget(dd) };
    }
    // Flow layout: the rest of this text node, else the next control or text on the same line.
    // A run of 3+ blanks after the label means an empty field followed by the next label.
    const rest = data.slice(at + wanted.length);
    const sep = /^[\s:.#=>]*/.exec(rest)![0];
    if (rest.slice(sep.length).trim()) {
      const raw = /\s{3,}/.test(sep) ? '' : firstValue(rest);
      const offset = at + wanted.length + (raw ? rest.indexOf(raw) : 0);
      return { found: true, raw, target: textTarget(seg.node as Text, offset, raw.length) };
    }
    for (let j = i + 1; j < segments.length && j <= i + 3; j++) {
      const next = segments[j]!;
      if (text.slice(seg.end, next.start).includes('\n')) break;
      if (next.node.nodeType !== 3) return { found: true, raw: controlValue(next.node as Control), target: elementTarget(next.node as Element) };
      const nextText = (next.node as Text).data;
      if (nextText.trim()) {
        const raw = firstValue(nextText);
        return { found: true, raw, target: textTarget(next.node as Text, nextText.indexOf(raw), raw.length) };
      }
    }
    return { found: true, raw: '', target: textTarget(seg.node as Text, at, wanted.length) };
  }
  return NOT_FOUND;
}

function byPattern(ctx: LocateContext, pattern: string, group: number | undefined, flags: string | undefined): Located {
  let re: RegExp;
  try {
    re = new RegExp(pattern, `${flags ?? ''}m`);
  } catch (e) {
    return { found: false, error: `pattern ${JSON.stringify(pattern)} is not a valid regular expression (${(e as Error).message})` };
  }
  const m = re.exec(ctx.index.text);
  if (!m) return NOT_FOUND;
  const g = group ?? (m.length > 1 ? 1 : 0);
  const raw = m[g] ?? '';
  const start = m.index + (g === 0 ? 0 : m[0].indexOf(raw));
  const seg = nodesAt(ctx.index, start, start + raw.length)[0];
  let target: Target | undefined;
  if (seg) {
    target = seg.node.nodeType === 3
      ? textTarget(seg.node as Text, Math.max(0, start - seg.start), raw.length)
      : elementTarget(seg.node as Element);
  }
  return { found: true, raw, target };
}

export function locate(ctx: LocateContext, locator: Locator): Located {
  if ('label' in locator) {
    const direction = locator.direction ?? 'right';
    return ctx.grid ? labelOnGrid(ctx.grid, locator.label, direction) : labelInDom(ctx, locator.label, direction);
  }
  if ('selector' in locator) {
    let el: Element | null;
    try {
      el = ctx.root.querySelector(locator.selector);
    } catch {
      return { found: false, error: `selector ${JSON.stringify(locator.selector)} is not valid CSS` };
    }
    return el ? { found: true, raw: readElement(el, locator.attribute), target: elementTarget(el) } : NOT_FOUND;
  }
  if ('grid' in locator) return byGrid(ctx, locator.grid.row, locator.grid.col, locator.grid.length);
  return byPattern(ctx, locator.pattern, locator.group, locator.flags);
}
