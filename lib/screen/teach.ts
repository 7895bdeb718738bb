/**
 * Teach a screen: from a value the worker clicks, suggest the ways to find it again (label,
 * selector, grid position) and from the page, how to recognise the screen. Pure DOM in, plain
 * data out; the content script calls it on clicks, the side panel turns it into a profile.
 */
import type { GridSpec, Locator, TextTest } from './profile-schema';
import { controlValue, isValueControl, normalise, type Control } from './dom-text';
import { buildGrid, findInGrid } from './grid';

export type TeachHit = { element: Element } | { node: Text; offset: number };

export interface TeachCapture {
  raw: string;
  /** Best first. */
  locators: Locator[];
  /** A suggested human label for the field ("Plan Date"). */
  label: string;
}

const LABEL_MAX = 40;
/** Ids that tools generate (ctl00_x, j_id123, 3f9a2c...) change between releases: never rely on them. */
const UNSTABLE_ID = /(\d{3,}|ctl\d|_ctl|j_id|^[a-z]{0,3}[0-9a-f]{6,}$|:)/i;

const cssEscape = (s: string) => s.replace(/["\\]/g, '\\$&');
const tidyLabel = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s:.#=>*]+$/, '').trim();

export function stableSelector(el: Element): string {
  if (isValueControl(el) && el.getAttribute('name')) return `${el.nodeName.toLowerCase()}[name="${cssEscape(el.getAttribute('name')!)}"]`;
  const parts: string[] = [];
  for (let node: Element | null = el; node && node.nodeName !== 'BODY' && node.nodeName !== 'HTML'; node = node.parentElement) {
    const id = node.getAttribute('id');
    if (id && !UNSTABLE_ID.test(id)) {
      parts.unshift(`#${id.replace(/[^\w-]/g, (c) => `\\${c}`)}`);
      return parts.join(' > ');
    }
    const same = node.parentElement ? Array.from(node.parentElement.children).filter((c) => c.nodeName === node!.nodeName) : [];
    const tag = node.nodeName.toLowerCase();
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
  }
  return parts.join(' > ');
}

/**
 * The value around an offset: ended by two blanks or a line end (as 3270 fields end), and
 * starting after a "LABEL: " on the same run.
 */
export function tokenAt(text: string, offset: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  let start = 0;
  for (const m of line.matchAll(/\s{2,}|:\s+/g)) if (m.index + m[0].length <= at) start = m.index + m[0].length;
  const gap = /\s{2,}/g;
  gap.lastIndex = start;
  const next = gap.exec(line);
  const end = next ? next.index : line.length;
  const slice = line.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  return { start: lineStart + start + lead, end: lineStart + start + lead + slice.trim().length };
}

function labelFor(el: Element): { text: string; direction: 'right' | 'below' } | undefined {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id) {
    const label = Array.from(doc.querySelectorAll('label')).find((l) => l.getAttribute('for') === id);
    if (label?.textContent?.trim()) return { text: tidyLabel(label.textContent), direction: 'right' };
  }
  const cell = el.closest('td,th');
  if (cell) {
    const prev = cell.previousElementSibling;
    const prevText = prev?.textContent ? tidyLabel(prev.textContent) : '';
    if (prevText && prevText.length <= LABEL_MAX && !prev?.querySelector('input,select,textarea')) return { text: prevText, direction: 'right' };
    const row = cell.parentElement;
    const above = row?.previousElementSibling?.children[Array.from(row.children).indexOf(cell)];
    const aboveText = above?.textContent ? tidyLabel(above.textContent) : '';
    if (aboveText && aboveText.length <= LABEL_MAX) return { text: aboveText, direction: 'below' };
  }
  const before = el.previousSibling;
  if (before?.nodeType === 3) {
    const line = (before as Text).data.split('\n').at(-1) ?? '';
    const chunk = tidyLabel(line.split(/\s{2,}/).at(-1) ?? '');
    if (chunk && chunk.length <= LABEL_MAX && /[A-Za-z]/.test(chunk)) return { text: chunk, direction: 'right' };
  }
  return undefined;
}

function labelBeforeInText(text: string, start: number): string | undefined {
  const line = text.slice(0, start).split('\n').at(-1) ?? '';
  const chunk = tidyLabel(line.split(/\s{2,}/).at(-1) ?? '');
  return chunk && chunk.length <= LABEL_MAX && /[A-Za-z]/.test(chunk) ? chunk : undefined;
}

/** Where a clicked control or text sits on the screen's 3270 grid, if it is a grid page. */
function gridLocator(root: ParentNode, grid: GridSpec | undefined, hit: TeachHit, raw: string): Locator | undefined {
  if (!grid) return undefined;
  const g = buildGrid(root, grid);
  if (!g) return undefined;
  if ('element' in hit) {
    const c = g.controls.find((x) => x.control === hit.element);
    return c ? { grid: { row: c.row, col: c.col, length: c.length } } : undefined;
  }
  for (const [r, pieces] of g.pieces.entries()) {
    for (const p of pieces) {
      if (p.source.kind !== 'text' || p.source.node !== hit.node) continue;
      const within = hit.offset - p.source.offset;
      if (within < 0 || within > p.length) continue;
      const line = g.rows[r]!;
      const col = line.indexOf(raw, Math.max(0, p.col - 1 + within - raw.length)) + 1;
      if (col > 0) return { grid: { row: r + 1, col, length: raw.length } };
    }
  }
  return undefined;
}

export function detectGrid(el: Element): GridSpec | undefined {
  const pre = el.closest('pre');
  if (pre) return { kind: 'pre', selector: pre.classList.length ? `pre.${pre.classList[0]}` : 'pre' };
  // A terminal emulator: many sibling row elements of one class, each holding a span per cell.
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const parent = node.parentElement;
    const cls = node.classList[0];
    if (!parent || !cls) continue;
    const rows = Array.from(parent.children).filter((c) => c.nodeName === node!.nodeName && c.classList.contains(cls));
    if (rows.length >= 10 && node.querySelectorAll('span').length >= 20) return { kind: 'rows', selector: `${stableSelector(parent)} > ${node.nodeName.toLowerCase()}.${cls}` };
  }
  return undefined;
}

export function captureForTeaching(hit: TeachHit, grid?: GridSpec): TeachCapture | undefined {
  if ('element' in hit) {
    const el = hit.element;
    const raw = isValueControl(el) ? controlValue(el as Control) : (el.textContent ?? '').trim();
    if (!raw && !isValueControl(el)) return undefined;
    const label = labelFor(el);
    const locators: Locator[] = [];
    if (label) locators.push(label.direction === 'below' ? { label: label.text, direction: 'below' } : { label: label.text });
    const g = gridLocator(el.ownerDocument, grid, hit, raw);
    if (g) locators.push(g);
    locators.push({ selector: stableSelector(el) });
    return { raw, locators, label: label?.text ?? el.getAttribute('aria-label') ?? el.getAttribute('name') ?? 'Field' };
  }
  const { start, end } = tokenAt(hit.node.data, hit.offset);
  const raw = hit.node.data.slice(start, end);
  if (!raw) return undefined;
  const label = labelBeforeInText(hit.node.data, start);
  const locators: Locator[] = [];
  if (label) locators.push({ label });
  const g = gridLocator(hit.node.ownerDocument, grid, { node: hit.node, offset: start }, raw);
  if (g) locators.push(g);
  if (hit.node.parentElement && hit.node.parentElement.textContent?.trim() === raw) locators.push({ selector: stableSelector(hit.node.parentElement) });
  if (!locators.length) return undefined;
  return { raw, locators, label: label ?? 'Field' };
}

/** Text that tells this screen apart: its heading or title, and on a grid the screen id at row 1. */
export function suggestRecognition(doc: Document, grid?: GridSpec): TextTest[] {
  const tests: TextTest[] = [];
  if (grid) {
    const g = buildGrid(doc, grid);
    const first = g?.rows[0] ?? '';
    for (const m of first.matchAll(/\S+(?: \S+)*/g)) {
      if (tests.length >= 2 || /\d{2}\/\d{2}\/\d{2}/.test(m[0])) continue;
      tests.push({ text: m[0], at: { row: 1, col: m.index + 1 } });
    }
    if (tests.length && g && findInGrid(g, tests[0]!.text).length) return tests;
  }
  const heading = doc.querySelector('h1, h2, h3');
  const text = normalise(heading?.textContent ?? '') ? (heading!.textContent ?? '').trim() : doc.title.trim();
  if (text) tests.push(heading ? { text: text.slice(0, 120), selector: heading.nodeName.toLowerCase() } : { text: text.slice(0, 120) });
  return tests;
}
