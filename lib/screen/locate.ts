/**
 * The four ways to find a field's value on a screen: by label, CSS selector, 3270 grid
 * position (one line, or several joined), or a pattern over the readable text. Each returns the raw text and where it came
 * from, "not found", or an error in the profile itself (a bad selector or pattern).
 */
import type { Locator } from './profile-schema';
import { controlValue, isControl, isValueControl, nodesAt, type Control, type TextIndex } from './dom-text';
import { readGrid, type Grid, type GridSpan } from './grid';
import { elementTarget, textTarget, type Target } from './target';

export interface LocateContext {
  root: ParentNode;
  index: TextIndex;
  grid: Grid | null;
}

/**
 * `weak`: the label was found but what sits beside it is empty. It reads as blank only if no
 * later alternative finds the field: an empty neighbour must not stop the fallback chain.
 */
export type Located =
  | { found: true; raw: string; target?: Target; weak?: boolean }
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

export type JoinMode = 'space' | 'newline' | undefined;

/** Lines of a multi-line value, trailing blanks cut, blank lines at the end dropped, joined. */
export function joinLines(lines: string[], join: JoinMode): string {
  const trimmed = lines.map((l) => l.replace(/[\s_]+$/, ''));
  while (trimmed.length && !trimmed.at(-1)) trimmed.pop();
  return join === 'newline' ? trimmed.join('\n') : trimmed.map((l) => l.trim()).filter(Boolean).join(' ');
}

export function byGrid(grid: Grid | null, at: { row: number; col: number; length: number; lines?: number; join?: JoinMode }): Located {
  if (!grid) return { found: false, error: 'grid position used but the profile defines no grid' };
  const span = readGrid(grid, at.row, at.col, at.length);
  if (!span) return NOT_FOUND;
  if (!at.lines || at.lines === 1) return { found: true, raw: span.text, target: spanTarget(span, at.length) };
  const lines = [span.text];
  for (let r = at.row + 1; r < at.row + at.lines; r++) lines.push(readGrid(grid, r, at.col, at.length)?.text ?? '');
  return { found: true, raw: joinLines(lines, at.join), target: spanTarget(span, at.length) };
}

/**
 * A label as a pattern: case-insensitive, any run of blanks (no-break spaces too) matching any
 * run, and whole words only ("CASE NO" must not match "CASE NOTES").
 */
export function labelPattern(label: string): RegExp {
  const body = label.trim().split(/[\s\u00a0]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]+');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, 'gi');
}

function labelOnGrid(grid: Grid, label: string, direction: 'right' | 'below'): Located {
  const re = labelPattern(label);
  for (const [r, line] of grid.rows.entries()) {
    re.lastIndex = 0;
    const m = re.exec(line);
    if (!m) continue;
    const hit = { row: r + 1, col: m.index + 1 };
    const after = m.index + m[0].length;
    if (direction === 'below') {
      const below = grid.rows[hit.row] ?? '';
      const raw = firstValue(below.slice(hit.col - 1));
      const span = readGrid(grid, hit.row + 1, hit.col, Math.max(raw.length, 1));
      if (!span) return NOT_FOUND;
      const value = span.control ? span.text : raw;
      return { found: true, raw: value, target: spanTarget(span, raw.length), ...(value.trim() ? {} : { weak: true }) };
    }
    // First column after the label and its separators.
    const sep = /^[\s:.#=>]*/.exec(line.slice(after))![0].length;
    const startCol = after + sep + 1;
    const control = grid.controls.find((c) => c.row === hit.row && c.col >= after + 1 && c.col <= startCol);
    if (control) return { found: true, raw: controlValue(control.control), target: elementTarget(control.control) };
    const raw = firstValue(line.slice(after));
    const span = readGrid(grid, hit.row, startCol, Math.max(raw.length, 1));
    return { found: true, raw, target: span ? spanTarget(span, raw.length) : undefined, ...(raw.trim() ? {} : { weak: true }) };
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
    if (text.trim()) return { found: true, raw: text, target: elementTarget(candidate) };
    if (direction === 'below') return { found: true, raw: text, target: elementTarget(candidate), weak: true };
  }
  return candidates.length ? { found: true, raw: '', target: elementTarget(candidates[0]!), weak: true } : NOT_FOUND;
}

/** The value beside a label/value pair of elements (`<div>Goal</div><div>GED</div>`). */
function valueBeside(owner: Element, re: RegExp): Located | undefined {
  let el: Element | null = owner;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    // Only an element that holds the label alone: a paragraph mentioning it is not a pair.
    if ((el.textContent ?? '').replace(re, '').replace(/[\s\u00a0:.#=>*]/g, '') !== '') return undefined;
    re.lastIndex = 0;
    const next = el.nextElementSibling;
    if (!next) continue;
    const control = isValueControl(next) ? next : Array.from(next.querySelectorAll('input,select,textarea')).find(isValueControl);
    if (control) return { found: true, raw: controlValue(control), target: elementTarget(control) };
    const text = next.textContent ?? '';
    return { found: true, raw: text, target: elementTarget(next), ...(text.trim() ? {} : { weak: true }) };
  }
  return undefined;
}

function labelInDom(ctx: LocateContext, label: string, direction: 'right' | 'below'): Located {
  const re = labelPattern(label);
  const { segments, text } = ctx.index;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.node.nodeType !== 3) continue;
    const data = (seg.node as Text).data;
    re.lastIndex = 0;
    const m = re.exec(data);
    if (!m) continue;
    const at = m.index;
    const end = at + m[0].length;
    const owner = (seg.node as Text).parentElement;
    if (owner?.nodeName === 'LABEL') {
      const forId = owner.getAttribute('for');
      const control = forId ? owner.ownerDocument.getElementById(forId) : owner.querySelector('input,select,textarea');
      if (control && isValueControl(control)) return { found: true, raw: controlValue(control), target: elementTarget(control) };
    }
    const rest = data.slice(end);
    const cell = owner?.closest('td,th');
    if (cell) {
      if (direction === 'right' && /\S/.test(rest.replace(/^[\s\u00a0:.#=>]*/, ''))) {
        const raw = firstValue(rest);
        return { found: true, raw, target: textTarget(seg.node as Text, end + rest.indexOf(raw), raw.length) };
      }
      const inCell = Array.from(cell.querySelectorAll('input,select,textarea')).find(isValueControl);
      if (direction === 'right' && inCell) return { found: true, raw: controlValue(inCell), target: elementTarget(inCell) };
      return valueInTable(cell, direction);
    }
    if (owner?.nodeName === 'DT') {
      const dd = owner.nextElementSibling;
      if (dd?.nodeName === 'DD') return { found: true, raw: dd.textContent ?? '', target: elementTarget(dd), ...((dd.textContent ?? '').trim() ? {} : { weak: true }) };
    }
    // Flow layout: the rest of this text node, else the next control or text on the same line.
    // A run of 3+ blanks after the label means an empty field followed by the next label.
    const sep = /^[\s\u00a0:.#=>]*/.exec(rest)![0];
    if (rest.slice(sep.length).trim()) {
      const raw = /[\s\u00a0]{3,}/.test(sep) ? '' : firstValue(rest);
      const offset = end + (raw ? rest.indexOf(raw) : 0);
      return { found: true, raw, target: textTarget(seg.node as Text, offset, raw.length), ...(raw ? {} : { weak: true }) };
    }
    if (owner && direction === 'right') {
      const pair = valueBeside(owner, labelPattern(label));
      if (pair) return pair;
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
    return { found: true, raw: '', target: textTarget(seg.node as Text, at, m[0].length), weak: true };
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

function bySelector(ctx: LocateContext, locator: Extract<Locator, { selector: string }>): Located {
  let els: Element[];
  try {
    els = locator.all ? Array.from(ctx.root.querySelectorAll(locator.selector)) : [ctx.root.querySelector(locator.selector)].filter((e): e is Element => !!e);
  } catch {
    return { found: false, error: `selector ${JSON.stringify(locator.selector)} is not valid CSS` };
  }
  const first = els[0];
  if (!first) return NOT_FOUND;
  if (!locator.all) return { found: true, raw: readElement(first, locator.attribute), target: elementTarget(first) };
  return { found: true, raw: joinLines(els.map((el) => readElement(el, locator.attribute)), locator.join), target: elementTarget(first) };
}

export function locate(ctx: LocateContext, locator: Locator): Located {
  if ('label' in locator) {
    const direction = locator.direction ?? 'right';
    return ctx.grid ? labelOnGrid(ctx.grid, locator.label, direction) : labelInDom(ctx, locator.label, direction);
  }
  if ('selector' in locator) return bySelector(ctx, locator);
  if ('grid' in locator) return byGrid(ctx.grid, locator.grid);
  return byPattern(ctx, locator.pattern, locator.group, locator.flags);
}
