/**
 * The page overlay: one plain host element with a closed shadow root, holding a mark beside
 * each field with a finding. Marks are positioned over the page, never inserted into the
 * page's own markup, so the legacy page's layout, forms and scripts are untouched. The host is
 * a plain div (a page cannot claim its element name) and its root is closed (page scripts
 * cannot read what the marks say). Which findings could be marked is reported to the panel.
 */
import { OVERLAY_ATTRIBUTE } from '../../lib/screen/dom-text';
import type { Target } from '../../lib/screen/target';
import type { MarkFinding, MarksReport } from '../../lib/messages';
import { OVERLAY_CSS } from './overlay-style';

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

const SEVERITY_WORD = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** Marks by layer: the screen findings, and marks of other features (e.g. 'rmss'). */
  private readonly layers = new Map<string, Placed[]>();
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
    private readonly onOpenPanel: () => void,
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
   * Replaces one layer's marks and leaves the other layers alone. A mark whose content and
   * anchor are unchanged is kept as it is, so an open explanation stays open while the page
   * is edited.
   */
  renderLayer(layer: string, marks: AnchoredMark[]): void {
    const before = this.layers.get(layer) ?? [];
    const root = marks.length ? this.ensureHost() : this.root;
    const next: Placed[] = [];
    const reused = new Set<Placed>();
    if (root) {
      for (const { target, ...content } of marks) {
        const old = before.find((p) => !reused.has(p) && sameContent(p.content, content) && sameTarget(p.target, target) && p.mark.isConnected);
        if (old) reused.add(old);
        next.push(old ?? { content, target, mark: this.buildMark(content) });
      }
    }
    for (const p of before) if (!reused.has(p)) p.mark.remove();
    for (const p of next) if (!reused.has(p)) root?.append(p.mark);
    this.layers.set(layer, next);
    this.layout();
  }

  private buildMark(f: MarkContent): HTMLElement {
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
    const title = d.createElement('strong');
    title.textContent = `${SEVERITY_WORD[f.severity]}: ${f.title}`;
    const why = d.createElement('p');
    why.textContent = f.explanation;
    const cite = d.createElement('p');
    cite.className = 'cite';
    cite.textContent = f.citationText;
    const open = d.createElement('button');
    open.type = 'button';
    open.textContent = 'Open in CaseLens panel';
    open.addEventListener('click', () => this.onOpenPanel());
    pop.append(title, why, cite, open);
    badge.addEventListener('click', () => {
      pop.hidden = !pop.hidden;
      badge.setAttribute('aria-expanded', String(!pop.hidden));
    });
    pop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        pop.hidden = true;
        badge.setAttribute('aria-expanded', 'false');
        badge.focus();
      }
    });
    mark.append(outline, badge, pop);
    return mark;
  }

  private layout(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const pageWidth = this.doc.documentElement.clientWidth;
    /** Marks already placed on each box, so badges on one field sit side by side. */
    const slots = new Map<string, number>();
    for (const p of [...this.layers.values()].flat()) {
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
      const badge = p.mark.querySelector<HTMLElement>('.badge');
      if (badge) badge.style.marginRight = slot ? `${(inside ? 26 : -26) * slot}px` : '';
    }
    this.report();
  }

  /**
   * Moves the keyboard focus to the next mark on the page (after the one focused, in reading
   * order), so a worker reaches the marks without tabbing through every field and PF key.
   */
  focusNext(): void {
    const badges = [...this.layers.values()]
      .flat()
      .filter((p) => !p.mark.hidden && p.mark.isConnected)
      .map((p) => p.mark.querySelector<HTMLButtonElement>('.badge')!)
      .sort((a, b) => {
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        return ra.top - rb.top || ra.left - rb.left;
      });
    if (!badges.length) return;
    const current = badges.indexOf(this.root?.activeElement as HTMLButtonElement);
    const next = badges[(current + 1) % badges.length]!;
    next.focus();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** A status line at the top of the page (teach mode), or none. */
  banner(text: string | null): HTMLElement | null {
    this.root?.querySelector('.banner')?.remove();
    if (text === null) return null;
    const root = this.ensureHost();
    if (!root) return null;
    const banner = this.doc.createElement('div');
    banner.className = 'banner';
    banner.setAttribute('role', 'status');
    banner.textContent = text;
    banner.style.top = `${(this.doc.defaultView?.scrollY ?? 0) + 4}px`;
    root.append(banner);
    return banner;
  }

  destroy(): void {
    this.doc.defaultView?.removeEventListener('scroll', this.reposition);
    this.doc.defaultView?.removeEventListener('resize', this.reposition);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.layers.clear();
  }
}
