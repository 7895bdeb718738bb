/**
 * Readable text of a screen, built once per read, with a map from text offsets back to the
 * nodes they came from (so a pattern match can be marked on the page). Form controls count
 * with their current value, as the user sees them. Only text and values are ever read: page
 * markup is never evaluated or re-rendered.
 */

/** Elements CaseLens puts into pages carry this attribute; readers skip them. */
export const OVERLAY_ATTRIBUTE = 'data-caselens-overlay';

// By localName (lower case for HTML and SVG alike): no upper-casing of every element's name.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'frame', 'object', 'svg']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'center',
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

/**
 * Walks text and controls in document order, skipping scripts, styles and CaseLens's own UI.
 * Elements are visited entering and leaving (controls and skipped ones only entering, if at
 * all). Follows the tree's own links, with no stack of its own and no recursion: a terminal
 * repaint walks thousands of nodes per frame, in code that has not warmed up yet.
 */
export function walkReadable(root: Node, visit: (node: Text | Control | Element, entering: boolean) => void): void {
  /** Visits a node on the way in; true when its children are walked (and it is left after them). */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === 3) {
      visit(node as Text, true);
      return false;
    }
    if (type === 9 || type === 11) return true;
    if (type !== 1) return false;
    const el = node as Element;
    if (SKIP.has(el.localName) || isOverlay(el)) return false;
    if (isControl(el)) {
      if (isValueControl(el)) visit(el, true);
      return false;
    }
    visit(el, true);
    return true;
  };
  if (!enter(root)) return;
  let node: Node = root;
  let entered = true;
  for (;;) {
    const first = entered ? node.firstChild : null;
    if (first) {
      node = first;
      entered = enter(first);
      continue;
    }
    // Leave this node, and its ancestors while they have no next sibling, up to the root.
    for (;;) {
      if (entered && node.nodeType === 1) visit(node as Element, false);
      if (node === root) return;
      const next = node.nextSibling;
      if (next) {
        node = next;
        entered = enter(next);
        break;
      }
      node = node.parentNode!;
      entered = true; // every ancestor on the way down was entered
    }
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
    } else {
      const name = (node as Element).localName;
      if (!BLOCK.has(name)) return;
      if (name === 'td' || name === 'th') push(entering ? '' : '\t');
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
