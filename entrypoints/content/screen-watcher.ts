/**
 * Re-reads the screen when it changes in place (terminal emulators repaint without a page
 * load) or the user edits a field. Debounced, and skips changes that only touch CaseLens's
 * own overlay, so a repaint storm costs one read.
 */
import { OVERLAY_ATTRIBUTE } from '../../lib/screen/dom-text';

export const REREAD_DELAY_MS = 250;

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTRIBUTE)) return true;
  }
  return false;
}

export function watchScreen(doc: Document, onChange: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, REREAD_DELAY_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => isOurs(r.target))) return;
    schedule();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  const onInput = (e: Event) => {
    if (!isOurs(e.target as Node)) schedule();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onInput, true);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('change', onInput, true);
  });
}
