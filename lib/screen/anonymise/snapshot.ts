/**
 * "Save this screen as a test": a copy of the screen's page with every value the profile read
 * replaced by a synthetic one of the same shape (dates moved, names and numbers made up; codes and
 * yes/no flags kept, since they say nothing of a person and the test needs them to parse), every
 * other date, number, "LAST, FIRST" name and e-mail in the page scrubbed too, and scripts, frames,
 * hidden state and CaseLens's own overlay left out. The live page is never changed: the copy is
 * a clone. Plain DOM, no zod: the content script runs it.
 */
import type { ScreenProfile } from '../profile-schema';
import { cellElement, type Extracted } from '../extract';
import { OVERLAY_ATTRIBUTE, controlValue, isValueControl, type Control } from '../dom-text';
import { elementTarget, type Target } from '../target';
import { Synthesiser, type Random } from './synthetic';

type ParseType = ScreenProfile['fields'][number]['parse']['type'];

/** Values that identify no one and that the profile must still parse: kept as they are. */
const KEPT: ReadonlySet<ParseType> = new Set(['code', 'flag']);

/** Attributes that can carry case data (a case number in a link, a name in a tooltip); ids, classes and names stay for selectors. */
const SCRUBBED_ATTRIBUTES = ['href', 'title', 'alt', 'aria-label', 'placeholder', 'action', 'value', 'data-case'];

function pathOf(node: Node, root: Node): number[] {
  const path: number[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    const parent: Node | null = n.parentNode;
    if (!parent) return [];
    path.unshift(Array.prototype.indexOf.call(parent.childNodes, n) as number);
  }
  return path;
}

function nodeAt(root: Node, path: readonly number[]): Node | undefined {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n;
}

/** One value the profile read: its raw text, where it sits on the page, and how the profile parses it. */
interface ReadValue {
  raw: string;
  target: Target;
  type: ParseType;
}

/** Every value of a raw read that sits somewhere on the page (fields, then list cells). */
function valuesRead(profile: ScreenProfile, ex: Extracted): ReadValue[] {
  const out: ReadValue[] = [];
  profile.fields.forEach((field, i) => {
    const raw = ex.raw?.fields[i]?.raw;
    const target = ex.targets.get(field.key);
    if (raw !== undefined && target) out.push({ raw, target, type: field.parse.type });
  });
  profile.lists.forEach((list, l) =>
    ex.cells[l]?.forEach((row, r) =>
      row.forEach((at, c) => {
        const raw = ex.raw?.lists[l]?.[r]?.[c];
        const element = cellElement(at);
        const target = at && !('nodeType' in at) ? at : element ? elementTarget(element) : undefined;
        if (raw != null && target) out.push({ raw, target, type: list.columns[c]!.parse.type });
      }),
    ),
  );
  return out;
}

function stand(synth: Synthesiser, raw: string, type: ParseType | undefined): string {
  if (type && KEPT.has(type)) return raw;
  if (type === 'date' || type === 'present') return synth.date(raw);
  return synth.scramble(raw);
}

/**
 * The text a value occupies from a point on: in one text node (a <pre> line, up to its end), or
 * over the next text nodes too when a terminal paints one cell per element.
 */
function textRun(first: Text, start: number, length: number): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const walker = first.ownerDocument.createTreeWalker(first.ownerDocument.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = first;
  let left = length;
  let node: Text | null = first;
  let from = start;
  while (node && left > 0) {
    const lineEnd = node.data.indexOf('\n', from);
    const end = Math.min(lineEnd === -1 ? node.data.length : lineEnd, from + left);
    if (end > from) out.push({ node, start: from, end });
    left -= end - from;
    if (lineEnd !== -1 && end === lineEnd) break; // the line ends before the value's columns do
    node = walker.nextNode() as Text | null;
    from = 0;
  }
  return out;
}

/** What the stand-ins wrote, so the scrub of the rest of the page leaves them as they are. */
interface Protected {
  ranges: Map<Text, Array<[number, number]>>;
  nodes: Set<Node>;
}

/**
 * Writes a value's stand-in where the read found it, in the copy (which still reads as the live
 * page). `standFor` makes the stand-in of the text actually there: on a grid screen a value's
 * columns may run past the end of its line, and only the line's own characters are replaced.
 */
function replaceAt(copyRoot: Node, liveRoot: Node, target: Target, raw: string, standFor: (text: string) => string, guard: Protected): void {
  if (target.kind === 'text') {
    const node = nodeAt(copyRoot, pathOf(target.node, liveRoot));
    if (node?.nodeType !== 3) return;
    const pieces = textRun(node as Text, target.start, Math.max(raw.length, target.end - target.start));
    const span = pieces.map((p) => p.node.data.slice(p.start, p.end)).join('');
    const made = standFor(span.replace(/\u00a0/g, ' '));
    // Grid screens place values by column: the stand-in takes exactly the value's columns.
    let stand = made.length === span.length ? made : made.slice(0, span.length).padEnd(span.length, ' ');
    for (const p of pieces) {
      const own = p.node.data.slice(p.start, p.end);
      // A terminal paints blanks as no-break spaces: they stay so.
      const put = [...stand.slice(0, own.length)].map((c, i) => (c === ' ' && own[i] === '\u00a0' ? '\u00a0' : c)).join('');
      stand = stand.slice(own.length);
      p.node.data = p.node.data.slice(0, p.start) + put + p.node.data.slice(p.end);
      const ranges = guard.ranges.get(p.node) ?? [];
      ranges.push([p.start, p.end]);
      guard.ranges.set(p.node, ranges);
    }
    return;
  }
  const el = nodeAt(copyRoot, pathOf(target.element, liveRoot)) as Element | undefined;
  if (!el) return;
  guard.nodes.add(el);
  if (isValueControl(el)) {
    setControl(el, standFor(raw));
    return;
  }
  const value = raw.trim();
  if (!value) return;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.includes(value)) {
      t.data = t.data.replace(value, standFor(value));
      return;
    }
  }
  if (el.textContent?.includes(value)) el.textContent = el.textContent.replace(value, standFor(value));
}

/** A control's value as markup (the copy has no live state): value attribute, checked, selected. */
function setControl(el: Element, value: string): void {
  if (el.nodeName === 'TEXTAREA') el.textContent = value;
  else if (el.nodeName === 'SELECT') {
    for (const option of Array.from(el.querySelectorAll('option'))) {
      if ((option.getAttribute('value') ?? option.textContent) === value) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    }
  } else el.setAttribute('value', value);
}

function copyControlState(live: Control, copy: Element): void {
  const type = (live as HTMLInputElement).type;
  if (live.nodeName === 'INPUT' && (type === 'checkbox' || type === 'radio')) {
    if ((live as HTMLInputElement).checked) copy.setAttribute('checked', '');
    else copy.removeAttribute('checked');
    return;
  }
  // View state and tokens can hold anything, and no profile reads them.
  setControl(copy, live.nodeName === 'INPUT' && type === 'hidden' ? '' : controlValue(live));
}

const isGuarded = (n: Node, guard: Protected) => {
  for (let p: Node | null = n; p; p = p.parentNode) if (guard.nodes.has(p)) return true;
  return false;
};

/**
 * The words the profile recognises the screen and finds its values by ("TRACS3270", "CASE NO"):
 * kept wherever they appear, or the copy would no longer be this screen to the profile.
 */
function profileWords(profile: ScreenProfile): RegExp | undefined {
  const words = [
    ...profile.match.all.map((t) => t.text),
    ...profile.match.none.map((t) => t.text),
    ...profile.fields.flatMap((f) => f.from.flatMap((l) => ('label' in l ? [l.label] : []))),
  ].filter((w) => /\d{3,}|\d[/.-]\d|, /.test(w));
  if (!words.length) return undefined;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
}

/** Scrubs text, leaving the profile's own words as they are. */
function scrubKeeping(text: string, synth: Synthesiser, keep: RegExp | undefined): string {
  if (!keep) return synth.scrub(text);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(keep)) {
    out += synth.scrub(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + synth.scrub(text.slice(at));
}

/** Scrubs a text node outside the stand-ins' own ranges. */
function scrubText(t: Text, synth: Synthesiser, guard: Protected, keep: RegExp | undefined): void {
  const ranges = [...(guard.ranges.get(t) ?? [])].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += scrubKeeping(t.data.slice(at, start), synth, keep) + t.data.slice(start, end);
    at = end;
  }
  t.data = out + scrubKeeping(t.data.slice(at), synth, keep);
}

function scrubTree(root: Element, synth: Synthesiser, guard: Protected, keep: RegExp | undefined): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) if (!isGuarded(t, guard)) scrubText(t, synth, guard, keep);
  for (const el of Array.from(root.querySelectorAll('*')).concat(root)) {
    const mine = isGuarded(el, guard);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'srcdoc') el.removeAttribute(attr.name);
      else if (!(mine && attr.name === 'value') && (SCRUBBED_ATTRIBUTES.includes(attr.name) || attr.name.startsWith('data-'))) el.setAttribute(attr.name, synth.scrub(attr.value));
    }
  }
}

export interface ScreenSnapshotCopy {
  html: string;
  /** How many values read were replaced, and how many kept (codes and flags). */
  replaced: number;
  kept: number;
}

export function snapshotScreen(doc: Document, profile: ScreenProfile, read: Extracted, random: Random): ScreenSnapshotCopy {
  const synth = new Synthesiser(random);
  const live = doc.documentElement;
  const copy = live.cloneNode(true) as Element;
  // The live controls' state first (a clone copies attributes, not what was typed).
  const copyControls = Array.from(copy.querySelectorAll('input,select,textarea'));
  Array.from(live.querySelectorAll('input,select,textarea')).forEach((c, i) => copyControlState(c as Control, copyControls[i]!));
  // Each value read gets its stand-in in its place, so the copy reads again as the profile expects.
  const guard: Protected = { ranges: new Map(), nodes: new Set() };
  let replaced = 0;
  let kept = 0;
  // A stand-in in text takes exactly its value's columns, so other values' offsets hold.
  for (const { raw, target, type } of valuesRead(profile, read)) {
    if (!raw.trim()) continue;
    if (KEPT.has(type)) kept++;
    else replaced++;
    replaceAt(copy, live, target, raw, (text) => stand(synth, text, type), guard);
  }
  // Then every date, number, name and e-mail anywhere else, and what a page could run or load.
  scrubTree(copy, synth, guard, profileWords(profile));
  for (const el of Array.from(copy.querySelectorAll(`script, noscript, [${OVERLAY_ATTRIBUTE}], iframe, frame, object, embed, link, base, meta[http-equiv]`))) el.remove();
  for (const img of Array.from(copy.querySelectorAll('img[src]'))) img.removeAttribute('src');
  return { html: `<!DOCTYPE html>\n${copy.outerHTML}\n`, replaced, kept };
}
