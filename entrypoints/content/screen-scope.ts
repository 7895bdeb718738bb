/**
 * The part of the page the screen watcher observes: the smallest element holding everything
 * the recognised screen was read from (each read value's node, the grid, the narration lines)
 * and the survey form, if any. A page that shows no known screen is observed whole, so a
 * screen appearing anywhere is noticed.
 */
import type { ScreenReadResult } from '../../lib/screen/read-screen';

function commonAncestor(a: Element, b: Element): Element {
  if (a.contains(b)) return a;
  for (let n: Element | null = a.parentElement; n; n = n.parentElement) if (n.contains(b)) return n;
  return a.ownerDocument.documentElement;
}

export function screenScope(result: ScreenReadResult, formRoot: Element | null): Element[] | null {
  const read = result.read;
  if (!read) return null;
  const doc = formRoot?.ownerDocument ?? (document as Document);
  let scope: Element | null = null;
  const add = (el: Element | null | undefined) => {
    if (!el?.isConnected) return;
    scope = scope ? commonAncestor(scope, el) : el;
  };
  for (const t of result.targets.values()) add(t.kind === 'element' ? t.element : t.node.parentElement);
  if (read.narrationTarget?.found) {
    try {
      doc.querySelectorAll(read.narrationTarget.selector).forEach(add);
    } catch {
      // an invalid selector finds nothing, here as in the reader
    }
  }
  if (!scope) return null; // nothing read: the screen may be anywhere
  const found = scope as Element;
  if (found === doc.body || found === doc.documentElement) return null;
  return formRoot && !found.contains(formRoot) && !formRoot.contains(found) ? [found, formRoot] : [formRoot && formRoot.contains(found) ? formRoot : found];
}
