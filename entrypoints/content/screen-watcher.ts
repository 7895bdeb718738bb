/**
 * Re-reads the screen when it changes in place (terminal emulators repaint without a page
 * load) or the worker edits a field. The re-read runs on the next animation frame, before the
 * browser paints the change, so marks move with the screen in the same frame. Only when reading
 * has taken more than MAX_SHARE of the page's time lately (a 1000-row list that keeps
 * changing) does a read wait for an idle moment instead, at most MAX_WAIT_MS; and whatever
 * happens, a screen that keeps changing is re-read at least every MAX_WAIT_MS (a hidden tab,
 * where no frame is painted, included).
 *
 * Only the recognised screen's subtree is observed (and the child lists of its ancestors, so
 * replacing the screen counts); changes that only touch CaseLens's own overlay are ignored.
 */
import { OVERLAY_ATTRIBUTE } from '../../lib/screen/dom-text';

export const MAX_WAIT_MS = 100;
/** The share of the page's time reads may take (over the last WINDOW_MS) before they wait for idle moments. */
export const MAX_SHARE = 0.25;
export const WINDOW_MS = 250;

const FULL: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value'] };

function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTRIBUTE)) return true;
  }
  return false;
}

/** A record about CaseLens's overlay only (inside it, or adding/removing its host). */
function onlyOurs(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(OVERLAY_ATTRIBUTE));
}

export class ScreenWatcher {
  private readonly observer: MutationObserver;
  private roots: readonly Element[] | null | undefined;
  private pending = false;
  private frame = 0;
  private idle = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The recent change handlers (when each ended, how long it ran): decide frame or idle for the next one. */
  private recent: Array<{ end: number; cost: number }> = [];

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => {
      if (!records.every(onlyOurs)) this.schedule();
    });
    const onInput = (e: Event) => {
      if (!isOurs(e.target as Node)) this.schedule();
    };
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('change', onInput, true);
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      this.cancel();
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
    });
  }

  /**
   * Observes these elements' subtrees, and the child lists of their ancestors (so the screen
   * being replaced or removed counts as a change); null observes the whole document.
   */
  watch(roots: readonly Element[] | null): void {
    const same = this.roots !== undefined && (roots === null ? this.roots === null : !!this.roots && roots.length === this.roots.length && roots.every((r, i) => r === this.roots![i]));
    if (same) return;
    this.roots = roots;
    this.observer.disconnect();
    if (!roots?.length) {
      this.observer.observe(this.doc, FULL);
      return;
    }
    const ancestors = new Set<Node>();
    for (const root of roots) {
      this.observer.observe(root, FULL);
      for (let n = root.parentNode; n; n = n.parentNode) ancestors.add(n);
    }
    for (const n of ancestors) this.observer.observe(n, { childList: true });
  }

  /** A change happened: handle it on the next frame (or idle moment), at most MAX_WAIT_MS from now. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const now = performance.now();
    this.recent = this.recent.filter((r) => now - r.end < WINDOW_MS);
    const share = this.recent.reduce((sum, r) => sum + r.cost, 0) / WINDOW_MS;
    if (share > MAX_SHARE && typeof requestIdleCallback === 'function') this.idle = requestIdleCallback(this.run, { timeout: MAX_WAIT_MS });
    else this.frame = requestAnimationFrame(this.run);
    this.timer = setTimeout(this.run, MAX_WAIT_MS);
  }

  private cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.idle) cancelIdleCallback(this.idle);
    clearTimeout(this.timer);
    this.frame = this.idle = 0;
    this.timer = undefined;
  }

  private readonly run = () => {
    if (!this.pending) return;
    this.pending = false;
    this.cancel();
    const started = performance.now();
    this.onChange();
    const end = performance.now();
    this.recent.push({ end, cost: end - started });
  };
}
