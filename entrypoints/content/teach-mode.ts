/**
 * Teach mode in the page: while on, a click captures the value under the pointer (and does
 * nothing else: the page's links and buttons are held back), and tells the side panel how to
 * find that value again. Escape ends it. Nothing is written into the page.
 */
import { browser } from 'wxt/browser';
import { captureForTeaching, detectGrid, suggestRecognition, type TeachHit } from '../../lib/screen/teach';
import { isOverlay, isValueControl } from '../../lib/screen/dom-text';
import type { ContentToBackground } from '../../lib/messages';

function hitAt(doc: Document, e: MouseEvent): TeachHit {
  const target = e.target as Element;
  if (isValueControl(target)) return { element: target };
  const range = doc.caretRangeFromPoint?.(e.clientX, e.clientY);
  if (range?.startContainer.nodeType === 3) return { node: range.startContainer as Text, offset: range.startOffset };
  return { element: target };
}

export class TeachMode {
  private active = false;
  private banner: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly showBanner: (text: string | null) => HTMLElement | null,
    private readonly docId: string,
  ) {}

  private readonly onClick = (e: MouseEvent) => {
    const target = e.target as Element;
    if (!this.active || target.closest?.('[data-caselens-overlay]') || isOverlay(target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const hit = hitAt(this.doc, e);
    const element = 'element' in hit ? hit.element : hit.node.parentElement!;
    const grid = detectGrid(element);
    const capture = captureForTeaching(hit, grid);
    if (!capture) return;
    const message: ContentToBackground = {
      type: 'teach-capture',
      docId: this.docId,
      capture,
      grid,
      recognition: suggestRecognition(this.doc, grid),
      url: this.doc.location?.href ?? '',
      pageTitle: this.doc.title,
    };
    void browser.runtime.sendMessage(message).catch(() => {});
  };

  /** Keeps the page from acting on the press that precedes a capture click (focus, drag, submit). */
  private readonly onPress = (e: Event) => {
    if (this.active && !(e.target as Element).closest?.('[data-caselens-overlay]')) e.preventDefault();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (this.active && e.key === 'Escape') {
      this.stop();
      void browser.runtime.sendMessage({ type: 'teach-ended', docId: this.docId } satisfies ContentToBackground).catch(() => {});
    }
  };

  start(): void {
    if (this.active) return;
    this.active = true;
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('mousedown', this.onPress, true);
    this.doc.addEventListener('keydown', this.onKey, true);
    this.banner = this.showBanner('CaseLens teach mode: click each value to capture it. Press Escape to stop.');
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('mousedown', this.onPress, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.showBanner(null);
    this.banner = null;
  }
}
