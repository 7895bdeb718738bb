/**
 * Readable text of a screen, built once per read, with a map from text offsets back to the
 * nodes they came from (so a pattern match can be marked on the page). Form controls count
 * with their current value, as the user sees them. Only text and values are ever read: page
 * markup is never evaluated or re-rendered.
 */

/** Elements CaseLens puts into pages carry this attribute; readers skip them. */
export const OVERLAY_ATTRIBUTE = 'data-caselens-overlay';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'FRAME', 'OBJECT', 'SVG']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'CENTER',
]);

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface TextSegment {
  start: number;
  end: number;
  node: Text | Control;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

export function isControl(node: Node): node is Control {
  const name = node.nodeName;
  return name === 'INPUT' || name === 'TEXTAREA' || name === 'SELECT';
}

const INVISIBLE_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

/** Is this a control a person can see and read as a value? */
export function isValueControl(el: Element): el is Control {
  if (!isControl(el)) return false;
  if (el.nodeName !== 'INPUT') return true;
  return !INVISIBLE_INPUTS.has((el as HTMLInputElement).type);
}

/** The value a person sees in a control. Checkboxes and radios read as Y/N. */
export function controlValue(el: Control): string {
  if (el.nodeName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option ? option.value || option.text : '';
  }
  if (el.nodeName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? 'Y' : 'N';
  }
  return el.value;
}

export function isOverlay(el: Element): boolean {
  return el.hasAttribute(OVERLAY_ATTRIBUTE);
}

/** Walks text and controls in document order, skipping scripts, styles and CaseLens's own UI. */
export function walkReadable(root: Node, visit: (node: Text | Control | Element, entering: boolean) => void): void {
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      visit(node as Text, true);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (exit) {
        visit(el, false);
        continue;
      }
      if (SKIP.has(el.nodeName.toUpperCase()) || isOverlay(el)) continue;
      if (isControl(el)) {
        if (isValueControl(el)) visit(el, true);
        continue;
      }
      visit(el, true);
      stack.push({ node: el, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
}

export function buildTextIndex(root: Node): TextIndex {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const push = (s: string, node?: Text | Control) => {
    if (!s) return;
    if (node) segments.push({ start: length, end: length + s.length, node });
    parts.push(s);
    length += s.length;
  };
  const newline = () => {
    if (length > 0 && parts[parts.length - 1] !== '\n') push('\n');
  };
  walkReadable(root, (node, entering) => {
    if (node.nodeType === 3) push((node as Text).data, node as Text);
    else if (isControl(node as Element)) {
      push(' ');
      push(controlValue(node as Control), node as Control);
      push(' ');
    } else if (BLOCK.has(node.nodeName.toUpperCase())) {
      if (node.nodeName.toUpperCase() === 'TD' || node.nodeName.toUpperCase() === 'TH') push(entering ? '' : '\t');
      else newline();
    }
  });
  return { text: parts.join(''), segments };
}

/** The nodes under a span of the readable text (for marking a pattern match). */
export function nodesAt(index: TextIndex, start: number, end: number): TextSegment[] {
  return index.segments.filter((s) => s.end > start && s.start < end);
}

/** Whitespace-collapsed, upper-case text for tolerant comparisons. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}
