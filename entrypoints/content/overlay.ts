/**
 * The page overlay: one plain host element with a closed shadow root, holding a mark beside
 * each field with a finding. Marks are positioned over the page, never inserted into the
 * page's own markup, so the legacy page's layout, forms and scripts are untouched. The host is
 * a plain div (a page cannot claim its element name) and its root is closed (page scripts
 * cannot read what the marks say). Which findings could be marked is reported to the panel.
 *
 * A mark's explanation opens from its badge, one at a time, beside the field (never over it or
 * over the form's inputs and buttons, see popover-place.ts); Escape or its Close button closes
 * it and gives the focus back to the badge.
 */
import { OVERLAY_ATTRIBUTE } from '../../lib/screen/dom-text';
import type { Target } from '../../lib/screen/target';
import type { MarkFinding, MarksReport } from '../../lib/messages';
import { OVERLAY_CSS } from './overlay-style';
import { placePopover, type Box } from './popover-place';

/** What a mark says, wherever it sits. */
export interface MarkContent {
  /** Written to data-caselens-finding. */
  id: string;
  severity: MarkFinding['severity'];
  title: string;
  explanation: string;
  citationText: string;
}

/** A mark and the page element (or text) it sits beside. */
export interface AnchoredMark extends MarkContent {
  target: Target;
}

interface Placed {
  content: MarkContent;
  target: Target;
  mark: HTMLElement;
  badge: HTMLButtonElement;
  pop: HTMLElement;
}

const sameContent = (a: MarkContent, b: MarkContent) =>
  a.id === b.id && a.severity === b.severity && a.title === b.title && a.explanation === b.explanation && a.citationText === b.citationText;
const sameTarget = (a: Target, b: Target) =>
  a.kind === 'element' ? b.kind === 'element' && a.element === b.element : b.kind === 'text' && a.node === b.node && a.start === b.start && a.end === b.end;

function rectOf(target: Target): DOMRect | null {
  if (target.kind === 'element') return target.element.isConnected ? target.element.getBoundingClientRect() : null;
  if (!target.node.isConnected) return null;
  const range = target.node.ownerDocument.createRange();
  range.setStart(target.node, target.start);
  range.setEnd(target.node, Math.max(target.end, target.start));
  const rect = range.getBoundingClientRect();
  return rect.width || rect.height ? rect : null;
}

const elementOf = (target: Target): Element | null => (target.kind === 'element' ? target.element : target.node.parentElement);

/** The page's own controls a popover must leave visible: those of the field's form (or of the page, without one). */
const CONTROLS = 'input:not([type=hidden]),select,textarea,button';
const MAX_OBSTACLES = 400;

const SEVERITY_WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** Marks by layer: the screen findings, and marks of other features (e.g. 'rmss'). */
  private readonly layers = new Map<string, Placed[]>();
  private open: Placed | null = null;
  private cursor: { box: HTMLElement; target: Target } | null = null;
  private bannerEl: HTMLElement | null = null;
  private frame = 0;
  private readonly reposition = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  };

  /** The findings this frame was asked to mark (rule ids). */
  private wanted: string[] = [];
  private lastReport = '';

  constructor(
    private readonly doc: Document,
    /** Asks the background to open the panel; false when this browser would not (Firefox opens its sidebar only from its own controls). */
    private readonly onOpenPanel: () => Promise<boolean>,
    private readonly onReport: (report: MarksReport) => void = () => {},
  ) {}

  private ensureHost(): ShadowRoot | null {
    if (this.root && this.host?.isConnected) return this.root;
    const parent = this.doc.body?.nodeName === 'BODY' ? this.doc.body : null;
    if (!parent) return null; // framesets have no body to draw on
    this.host = this.doc.createElement('div');
    this.host.setAttribute(OVERLAY_ATTRIBUTE, '');
    this.host.style.cssText = 'all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.root.append(style);
    // Marks built before the host was (re)made move into the new root.
    for (const p of [...this.layers.values()].flat()) this.root.append(p.mark);
    parent.append(this.host);
    this.doc.defaultView?.addEventListener('scroll', this.reposition, { passive: true });
    this.doc.defaultView?.addEventListener('resize', this.reposition, { passive: true });
    return this.root;
  }

  /** The screen's findings, beside the read fields they are about. */
  render(findings: MarkFinding[], targets: Map<string, Target>): void {
    this.wanted = findings.map((f) => f.ruleId);
    this.renderLayer(
      'findings',
      findings.flatMap((f) => {
        const target = targets.get(f.fieldKey);
        return target ? [{ id: f.ruleId, severity: f.severity, title: f.title, explanation: f.explanation, citationText: f.citationText, target }] : [];
      }),
    );
  }

  /** Tells the panel which findings are marked on the page and which could not be (only when that changes). */
  private report(): void {
    const placed = this.layers.get('findings') ?? [];
    const shown = placed.filter((p) => !p.mark.hidden && p.mark.isConnected).map((p) => p.content.id);
    const report: MarksReport = { shown, notShown: this.wanted.filter((id) => !shown.includes(id)) };
    const key = JSON.stringify(report);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.onReport(report);
  }

  /**
   * Replaces one layer's marks and leaves the other layers alone. A mark whose content is
   * unchanged is kept (moved to its field's new node when the page repainted), so an open
   * explanation stays open while the page is edited or repainted.
   */
  renderLayer(layer: string, marks: AnchoredMark[]): void {
    const before = this.layers.get(layer) ?? [];
    const root = marks.length ? this.ensureHost() : this.root;
    const next: Placed[] = [];
    const reused = new Set<Placed>();
    if (root) {
      for (const { target, ...content } of marks) {
        const candidates = before.filter((p) => !reused.has(p) && sameContent(p.content, content));
        const old = candidates.find((p) => sameTarget(p.target, target)) ?? candidates[0];
        if (old) {
          reused.add(old);
          old.target = target;
        }
        next.push(old ?? this.buildMark(content, target));
      }
    }
    for (const p of before) {
      if (reused.has(p)) continue;
      if (this.open === p) this.open = null;
      p.mark.remove();
    }
    for (const p of next) if (!reused.has(p)) root?.append(p.mark);
    this.layers.set(layer, next);
    this.layout();
  }

  private buildMark(f: MarkContent, target: Target): Placed {
    const d = this.doc;
    const mark = d.createElement('div');
    mark.className = `mark ${f.severity}`;
    mark.dataset.caselensFinding = f.id;
    mark.dataset.severity = f.severity;
    const outline = d.createElement('div');
    outline.className = 'outline';
    const badge = d.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.textContent = f.severity === 'info' ? 'i' : '!';
    badge.setAttribute('aria-label', `CaseLens ${SEVERITY_WORD[f.severity].toLowerCase()}: ${f.title}`);
    badge.setAttribute('aria-expanded', 'false');
    const pop = d.createElement('div');
    pop.className = 'pop';
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-label', f.title);
    pop.hidden = true;
    const head = d.createElement('div');
    head.className = 'pop-head';
    const title = d.createElement('strong');
    title.textContent = `${SEVERITY_WORD[f.severity]}: ${f.title}`;
    const close = d.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    head.append(title, close);
    const why = d.createElement('p');
    why.textContent = f.explanation;
    const cite = d.createElement('p');
    cite.className = 'cite';
    cite.textContent = f.citationText;
    const panel = d.createElement('button');
    panel.type = 'button';
    panel.className = 'open-panel';
    panel.textContent = 'Open in CaseLens panel';
    const panelHint = d.createElement('p');
    panelHint.className = 'hint';
    panelHint.setAttribute('role', 'status');
    panelHint.hidden = true;
    panel.addEventListener('click', () => {
      void this.onOpenPanel().then((opened) => {
        panelHint.hidden = opened;
        panelHint.textContent = opened ? '' : 'Open CaseLens with its button in the toolbar, or press Alt+Shift+N.';
      });
    });
    pop.append(head, why, cite, panel, panelHint);
    mark.append(outline, badge, pop);
    const placed: Placed = { content: f, target, mark, badge, pop };
    badge.addEventListener('click', () => (this.open === placed ? this.closePop(false) : this.openPop(placed)));
    close.addEventListener('click', () => this.closePop(true));
    // Escape on the badge or anywhere in its explanation closes it; the focus goes back to the badge.
    mark.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || this.open !== placed) return;
      e.preventDefault();
      e.stopPropagation();
      this.closePop(true);
    });
    return placed;
  }

  private openPop(p: Placed): void {
    if (this.open && this.open !== p) this.closePop(false);
    this.open = p;
    p.pop.hidden = false;
    p.badge.setAttribute('aria-expanded', 'true');
    this.placePop(p);
  }

  private closePop(focusBadge: boolean): void {
    const p = this.open;
    if (!p) return;
    this.open = null;
    p.pop.hidden = true;
    p.badge.setAttribute('aria-expanded', 'false');
    if (focusBadge) p.badge.focus();
  }

  /** Puts the open explanation beside its field, clear of the field and of the form's controls. */
  private placePop(p: Placed): void {
    const view = this.doc.defaultView;
    const rect = rectOf(p.target);
    if (!view || !rect) return;
    const sx = view.scrollX;
    const sy = view.scrollY;
    const toPage = (r: DOMRect): Box => ({ left: r.left + sx, top: r.top + sy, width: r.width, height: r.height });
    const field = toPage(rect);
    const el = elementOf(p.target);
    const scope: ParentNode = el?.closest('form') ?? this.doc;
    const obstacles: Box[] = [];
    for (const c of Array.from(scope.querySelectorAll(CONTROLS)).slice(0, MAX_OBSTACLES)) {
      if (c === el) continue;
      const r = c.getBoundingClientRect();
      if (r.width && r.height) obstacles.push(toPage(r));
    }
    const root = this.doc.documentElement;
    const pageWidth = root.clientWidth;
    const width = Math.max(160, Math.min(320, pageWidth - 16));
    p.pop.style.width = `${width}px`;
    const height = p.pop.getBoundingClientRect().height;
    const page: Box = { left: 0, top: 0, width: pageWidth, height: Math.max(root.scrollHeight, sy + view.innerHeight) };
    const at = placePopover(field, { width, height }, obstacles, page);
    // The popover sits in the mark, whose box is the field's grown by 2 px.
    p.pop.style.left = `${at.left - (field.left - 2)}px`;
    p.pop.style.top = `${at.top - (field.top - 2)}px`;
  }

  private layout(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const placed = [...this.layers.values()].flat();
    if (!placed.length && !this.cursor) {
      // Nothing to place: no geometry is read (that would force the page's layout).
      this.report();
      return;
    }
    const pageWidth = this.doc.documentElement.clientWidth;
    /** Marks already placed on each box, so badges on one field sit side by side. */
    const slots = new Map<string, number>();
    for (const p of placed) {
      const rect = rectOf(p.target);
      p.mark.hidden = !rect;
      if (!rect) continue;
      const top = rect.top + view.scrollY;
      const left = rect.left + view.scrollX;
      p.mark.style.cssText = `top:${top - 2}px;left:${left - 2}px;width:${rect.width + 4}px;height:${rect.height + 4}px;`;
      const box = `${top},${left},${rect.width},${rect.height}`;
      const slot = slots.get(box) ?? 0;
      slots.set(box, slot + 1);
      // A field reaching the page's right edge gets its badges inside it, not off the page.
      const inside = rect.right + 30 * (slot + 1) > pageWidth;
      p.mark.classList.toggle('inside', inside);
      p.badge.style.marginRight = slot ? `${(inside ? 26 : -26) * slot}px` : '';
    }
    if (this.open) {
      if (this.open.mark.hidden) this.closePop(false);
      else this.placePop(this.open);
    }
    this.layoutCursor();
    this.report();
  }

  /** The marks a worker can reach now, in reading order. */
  private badges(): HTMLButtonElement[] {
    return [...this.layers.values()]
      .flat()
      .filter((p) => !p.mark.hidden && p.mark.isConnected)
      .map((p) => p.badge)
      .sort((a, b) => {
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        return ra.top - rb.top || ra.left - rb.left;
      });
  }

  /**
   * Moves the keyboard focus to the next mark on the page (after the one focused, in reading
   * order), so a worker reaches the marks without tabbing through every field and PF key.
   * False when there is no mark to go to.
   */
  focusNext(): boolean {
    const badges = this.badges();
    if (!badges.length) return false;
    const current = badges.indexOf(this.root?.activeElement as HTMLButtonElement);
    const next = badges[(current + 1) % badges.length]!;
    next.focus();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return true;
  }

  /** Outlines one value of the page (teach mode's keyboard cursor), or nothing. */
  highlight(target: Target | null): void {
    this.cursor?.box.remove();
    this.cursor = null;
    if (!target) return;
    const root = this.ensureHost();
    if (!root) return;
    const box = this.doc.createElement('div');
    box.className = 'cursor';
    root.append(box);
    this.cursor = { box, target };
    this.layoutCursor();
    const el = elementOf(target);
    el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  private layoutCursor(): void {
    if (!this.cursor) return;
    const view = this.doc.defaultView;
    const rect = rectOf(this.cursor.target);
    this.cursor.box.hidden = !rect || !view;
    if (!rect || !view) return;
    this.cursor.box.style.cssText = `top:${rect.top + view.scrollY - 3}px;left:${rect.left + view.scrollX - 3}px;width:${rect.width + 6}px;height:${rect.height + 6}px;`;
  }

  /** A status line at the foot of the window (teach mode; clicks go through it), or none. One element, so screen readers announce each change. */
  banner(text: string | null): HTMLElement | null {
    if (text === null) {
      this.bannerEl?.remove();
      this.bannerEl = null;
      return null;
    }
    const root = this.ensureHost();
    if (!root) return null;
    if (!this.bannerEl?.isConnected) {
      this.bannerEl = this.doc.createElement('div');
      this.bannerEl.className = 'banner';
      this.bannerEl.setAttribute('role', 'status');
      root.append(this.bannerEl);
    }
    this.bannerEl.textContent = text;
    return this.bannerEl;
  }

  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.reposition);
    this.doc.defaultView?.removeEventListener('resize', this.reposition);
    cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.open = null;
    this.cursor = null;
    this.bannerEl = null;
    this.layers.clear();
  }
}
