/**
 * The part of the page the screen watcher observes: the smallest element holding everything
 * the recognised screen was read from (each read value's node, the grid, the narration lines)
 * and the survey form, if any. A page that shows no known screen is observed whole, so a
 * screen appearing anywhere is noticed.
 */
import { cellElement, type CellAt, type Extracted } from '../../lib/screen/extract';
import type { Target } from '../../lib/screen/target';

function commonAncestor(a: Element, b: Element): Element {
  if (a.contains(b)) return a;
  for (let n: Element | null = a.parentElement; n; n = n.parentElement) if (n.contains(b)) return n;
  return a.ownerDocument.documentElement;
}

export function screenScope(result: Extracted, formRoot: Element | null): Element[] | null {
  if (!result.raw) return null;
  const doc = formRoot?.ownerDocument ?? (document as Document);
  let scope: Element | null = null;
  const add = (el: Element | null | undefined) => {
    if (!el?.isConnected) return;
    scope = scope ? commonAncestor(scope, el) : el;
  };
  const addTarget = (t: Target | undefined) => t && add(t.kind === 'element' ? t.element : t.node.parentElement);
  const addCell = (at: CellAt | undefined) => add(cellElement(at) ?? (at && !('nodeType' in at) && at.kind === 'text' ? at.node.parentElement : undefined));
  for (const t of result.targets.values()) addTarget(t);
  // A list's rows share their table: its first and last cells are enough.
  for (const rows of result.cells) {
    addCell(rows[0]?.find(Boolean));
    addCell(rows.at(-1)?.find(Boolean));
  }
  const narration = result.profile?.narrationTarget;
  if (narration && (result.raw.narrationFound ?? 0) > 0) {
    try {
      doc.querySelectorAll(narration.selector).forEach(add);
    } catch {
      // an invalid selector finds nothing, here as in the reader
    }
  }
  if (!scope) return null; // nothing read: the screen may be anywhere
  const found = scope as Element;
  if (found === doc.body || found === doc.documentElement) return null;
  return formRoot && !found.contains(formRoot) && !formRoot.contains(found) ? [found, formRoot] : [formRoot && formRoot.contains(found) ? formRoot : found];
}
