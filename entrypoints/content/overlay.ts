/**
 * The page overlay: one host element with an open shadow root, holding a mark beside each
 * field with a finding. Marks are positioned over the page, never inserted into the page's
 * own markup, so the legacy page's layout, forms and scripts are untouched.
 */
import { OVERLAY_ATTRIBUTE } from '../../lib/screen/dom-text';
import type { Target } from '../../lib/screen/target';
import type { MarkFinding } from '../../lib/messages';
import { OVERLAY_CSS } from './overlay-style';

interface Placed {
  finding: MarkFinding;
  target: Target;
  mark: HTMLElement;
}

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
  private placed: Placed[] = [];
  private frame = 0;
  private readonly reposition = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  };

  constructor(private readonly doc: Document, private readonly onOpenPanel: () => void) {}

  private ensureHost(): ShadowRoot | null {
    if (this.root && this.host?.isConnected) return this.root;
    const parent = this.doc.body?.nodeName === 'BODY' ? this.doc.body : null;
    if (!parent) return null; // framesets have no body to draw on
    this.host = this.doc.createElement('caselens-overlay');
    this.host.setAttribute(OVERLAY_ATTRIBUTE, '');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.root.append(style);
    parent.append(this.host);
    this.doc.defaultView?.addEventListener('scroll', this.reposition, { passive: true });
    this.doc.defaultView?.addEventListener('resize', this.reposition, { passive: true });
    return this.root;
  }

  render(findings: MarkFinding[], targets: Map<string, Target>): void {
    for (const p of this.placed) p.mark.remove();
    this.placed = [];
    const root = findings.length ? this.ensureHost() : this.root;
    if (!root) return;
    for (const finding of findings) {
      const target = targets.get(finding.fieldKey);
      if (!target) continue;
      this.placed.push({ finding, target, mark: this.buildMark(finding) });
    }
    for (const p of this.placed) root.append(p.mark);
    this.layout();
  }

  private buildMark(f: MarkFinding): HTMLElement {
    const d = this.doc;
    const mark = d.createElement('div');
    mark.className = `mark ${f.severity}`;
    mark.dataset.caselensFinding = f.ruleId;
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
    for (const p of this.placed) {
      const rect = rectOf(p.target);
      p.mark.hidden = !rect;
      if (!rect) continue;
      const top = rect.top + view.scrollY;
      const left = rect.left + view.scrollX;
      p.mark.style.cssText = `top:${top - 2}px;left:${left - 2}px;width:${rect.width + 4}px;height:${rect.height + 4}px;`;
    }
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
    this.placed = [];
  }
}
