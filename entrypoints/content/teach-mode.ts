/**
 * Teach mode in the page: while on, a click captures the value under the pointer (and does
 * nothing else: the page's links and buttons are held back), and tells the side panel how to
 * find that value again. By keyboard, Tab and Shift+Tab move an outline between the page's
 * readable values (lib/screen/teach-stops.ts), Enter captures the outlined one; Escape ends
 * teach mode either way. Nothing is written into the page.
 */
import { browser } from 'wxt/browser';
import { captureForTeaching, detectGrid, suggestRecognition, type TeachHit } from '../../lib/screen/teach';
import { teachStops, type TeachStop } from '../../lib/screen/teach-stops';
import { isOverlay, isValueControl } from '../../lib/screen/dom-text';
import { elementTarget, textTarget, type Target } from '../../lib/screen/target';
import type { ContentToBackground } from '../../lib/messages';

export const TEACH_BANNER = 'CaseLens teach mode: click a value to capture it, or press Tab and Shift+Tab to move between values and Enter to capture one. Press Escape to stop.';

function hitAt(doc: Document, e: MouseEvent): TeachHit {
  const target = e.target as Element;
  if (isValueControl(target)) return { element: target };
  const range = doc.caretRangeFromPoint?.(e.clientX, e.clientY);
  if (range?.startContainer.nodeType === 3) return { node: range.startContainer as Text, offset: range.startOffset };
  return { element: target };
}

const targetOf = (stop: TeachStop): Target =>
  'element' in stop.hit ? elementTarget(stop.hit.element) : textTarget(stop.hit.node, stop.hit.offset, Math.max(1, stop.text.length));

const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 37)}...` : text}”`;

export interface TeachView {
  banner(text: string | null): unknown;
  highlight(target: Target | null): void;
}

export class TeachMode {
  private active = false;
  private stops: TeachStop[] = [];
  private at = -1;

  constructor(
    private readonly doc: Document,
    private readonly view: TeachView,
    private readonly docId: string,
  ) {}

  get on(): boolean {
    return this.active;
  }

  private capture(hit: TeachHit): void {
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
  }

  private readonly onClick = (e: MouseEvent) => {
    const target = e.target as Element;
    if (!this.active || target.closest?.('[data-caselens-overlay]') || isOverlay(target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.capture(hitAt(this.doc, e));
  };

  /** Keeps the page from acting on the press that precedes a capture click (focus, drag, submit). */
  private readonly onPress = (e: Event) => {
    if (this.active && !(e.target as Element).closest?.('[data-caselens-overlay]')) e.preventDefault();
  };

  private move(step: number): void {
    // The page may have repainted since: values are found again, and the outline follows.
    const current = this.stops[this.at];
    this.stops = teachStops(this.doc);
    if (!this.stops.length) {
      this.view.banner(`${TEACH_BANNER} This page shows no values to capture.`);
      return;
    }
    const kept = current ? this.stops.findIndex((s) => sameHit(s.hit, current.hit)) : -1;
    const from = kept >= 0 ? kept : step > 0 ? -1 : 0;
    this.at = (from + step + this.stops.length) % this.stops.length;
    const stop = this.stops[this.at]!;
    this.view.highlight(targetOf(stop));
    this.view.banner(`Value ${this.at + 1} of ${this.stops.length}: ${quoted(stop.text)}. Enter captures it, Tab moves on, Escape stops teach mode.`);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (!this.active) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.stop();
      void browser.runtime.sendMessage({ type: 'teach-ended', docId: this.docId } satisfies ContentToBackground).catch(() => {});
      return;
    }
    if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.move(e.shiftKey ? -1 : 1);
      return;
    }
    if (e.key === 'Enter' && this.stops[this.at]) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const stop = this.stops[this.at]!;
      this.capture(stop.hit);
      this.view.banner(`Captured ${quoted(stop.text)}: name it in the CaseLens panel. Tab moves on, Escape stops teach mode.`);
    }
  };

  start(): void {
    if (this.active) return;
    this.active = true;
    this.stops = [];
    this.at = -1;
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('mousedown', this.onPress, true);
    this.doc.addEventListener('keydown', this.onKey, true);
    this.view.banner(TEACH_BANNER);
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('mousedown', this.onPress, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.view.highlight(null);
    this.view.banner(null);
  }
}

function sameHit(a: TeachHit, b: TeachHit): boolean {
  if ('element' in a) return 'element' in b && a.element === b.element;
  return 'node' in b && a.node === b.node && a.offset === b.offset;
}
