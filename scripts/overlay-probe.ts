/**
 * Reads CaseLens's page overlay the way the browser's DevTools do. The overlay lives in a
 * closed shadow root (page scripts cannot reach it), so neither page scripts nor Playwright's
 * selectors see it; the DevTools protocol does (DOM.getDocument with pierce). Used by the e2e
 * tests and by `npm start` to check and press the marks a worker sees.
 */
import type { CDPSession, Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface OverlayMark {
  ruleId: string;
  severity: string;
  /** The mark is in the overlay but has nowhere to sit (its field is gone). */
  hidden: boolean;
  badgeLabel: string;
  expanded: boolean;
  /** The explanation popover's text when open, '' when closed. */
  popText: string;
  badge: number;
  /** The mark's own node (its outline box around the field). */
  node: number;
  /** The explanation popover's node, and its Close button's. */
  pop: number;
  close: number;
  /** Its "Open in CaseLens panel" button, and the line under it ('' when hidden). */
  openPanel: number;
  openPanelHint: string;
}

const attrs = (n: CdpNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) out[n.attributes![i]!] = n.attributes![i + 1]!;
  return out;
};

/** Children, shadow roots (closed ones too) but not nested documents: one frame at a time. */
function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

function* walkFrames(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* walkFrames(child);
}

const textOf = (node: CdpNode): string =>
  [...walk(node)].filter((n) => n.nodeName === '#text').map((n) => (n as CdpNode & { nodeValue?: string }).nodeValue ?? '').join(' ');

export class OverlayProbe {
  private cdp: CDPSession | undefined;

  constructor(private readonly page: Page) {}

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /** The document of the frame named `frameName` (a frameset's `<frame name>`), or the page's own. */
  private async document(frameName?: string): Promise<CdpNode | undefined> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    if (!frameName) return root;
    const frame = [...walkFrames(root)].find((n) => (n.nodeName === 'FRAME' || n.nodeName === 'IFRAME') && attrs(n).name === frameName);
    return frame?.contentDocument;
  }

  /** Every mark in the frame's overlay. */
  async marks(frameName?: string): Promise<OverlayMark[]> {
    const doc = await this.document(frameName);
    if (!doc) return [];
    const out: OverlayMark[] = [];
    for (const node of walk(doc)) {
      const a = attrs(node);
      if (!('data-caselens-finding' in a)) continue;
      const inside = [...walk(node)];
      const badge = inside.find((n) => attrs(n).class?.split(' ').includes('badge'));
      const pop = inside.find((n) => attrs(n).class?.split(' ').includes('pop'));
      const close = inside.find((n) => attrs(n).class?.split(' ').includes('close'));
      const openPanel = inside.find((n) => attrs(n).class?.split(' ').includes('open-panel'));
      const hint = inside.find((n) => attrs(n).class?.split(' ').includes('hint'));
      const b = badge ? attrs(badge) : {};
      out.push({
        ruleId: a['data-caselens-finding']!,
        severity: a['data-severity'] ?? '',
        hidden: 'hidden' in a,
        badgeLabel: b['aria-label'] ?? '',
        expanded: b['aria-expanded'] === 'true',
        popText: pop && !('hidden' in attrs(pop)) ? textOf(pop) : '',
        badge: badge?.backendNodeId ?? 0,
        node: node.backendNodeId,
        pop: pop?.backendNodeId ?? 0,
        close: close?.backendNodeId ?? 0,
        openPanel: openPanel?.backendNodeId ?? 0,
        openPanelHint: hint && !('hidden' in attrs(hint)) ? textOf(hint).trim() : '',
      });
    }
    return out;
  }

  async mark(ruleId: string, frameName?: string): Promise<OverlayMark | undefined> {
    return (await this.marks(frameName)).find((m) => m.ruleId === ruleId);
  }

  /** Where a mark (its outline around the field), its badge or its open explanation is on the page, in CSS pixels. */
  async box(ruleId: string, frameName?: string, part: 'mark' | 'badge' | 'pop' = 'mark'): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    const mark = await this.mark(ruleId, frameName);
    if (!mark?.badge || mark.hidden || (part === 'pop' && !mark.expanded)) return undefined;
    const backendNodeId = part === 'mark' ? mark.node : part === 'badge' ? mark.badge : mark.pop;
    const { model } = (await (await this.session()).send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[]; width: number; height: number } };
    return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
  }

  /**
   * The overlay's markup and styles as rendered (its closed shadow root's content), so an
   * accessibility checker can be run on a copy of exactly what the worker sees.
   */
  async snapshot(frameName?: string): Promise<string> {
    const doc = await this.document(frameName);
    const host = doc && [...walk(doc)].find((n) => 'data-caselens-overlay' in attrs(n));
    const root = host?.shadowRoots?.[0];
    if (!root) return '';
    const cdp = await this.session();
    const parts: string[] = [];
    for (const child of root.children ?? []) parts.push(((await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string }).outerHTML);
    return parts.join('\n');
  }

  /** Whether CaseLens put an overlay host into the frame at all. */
  async hasOverlay(frameName?: string): Promise<boolean> {
    const doc = await this.document(frameName);
    return !!doc && [...walk(doc)].some((n) => 'data-caselens-overlay' in attrs(n));
  }

  /** Focuses a mark's badge, as Tab would. */
  async focus(ruleId: string, frameName?: string): Promise<void> {
    const mark = await this.mark(ruleId, frameName);
    if (!mark?.badge) throw new Error(`no mark ${ruleId} on the page`);
    await (await this.session()).send('DOM.focus', { backendNodeId: mark.badge });
  }

  /** Focuses the Close button of a mark's open explanation, as Tab would from inside it. */
  async focusClose(ruleId: string, frameName?: string): Promise<void> {
    const mark = await this.mark(ruleId, frameName);
    if (!mark?.close || !mark.expanded) throw new Error(`mark ${ruleId} has no open explanation`);
    await (await this.session()).send('DOM.focus', { backendNodeId: mark.close });
  }

  /** Focuses the "Open in CaseLens panel" button of a mark's open explanation, as Tab would. */
  async focusOpenPanel(ruleId: string, frameName?: string): Promise<void> {
    const mark = await this.mark(ruleId, frameName);
    if (!mark?.openPanel || !mark.expanded) throw new Error(`mark ${ruleId} has no open explanation`);
    await (await this.session()).send('DOM.focus', { backendNodeId: mark.openPanel });
  }

  /** The teach-mode status line CaseLens shows at the foot of the frame ('' when none). */
  async banner(frameName?: string): Promise<string> {
    const doc = await this.document(frameName);
    const banner = doc && [...walk(doc)].find((n) => attrs(n).class?.split(' ').includes('banner'));
    return banner ? textOf(banner).trim() : '';
  }

  /** Presses a mark's badge by keyboard (focus, Enter): its explanation opens or closes. */
  async press(ruleId: string, frameName?: string): Promise<void> {
    await this.focus(ruleId, frameName);
    await this.page.keyboard.press('Enter');
  }

  /** The rule id of the mark whose badge has the keyboard focus, if any. */
  async focused(frameName?: string): Promise<string | undefined> {
    const cdp = await this.session();
    const doc = await this.document(frameName);
    if (!doc) return undefined;
    for (const mark of await this.marks(frameName)) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: mark.badge })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.getRootNode().activeElement === this; }',
        returnByValue: true,
      })) as { result: { value: boolean } };
      if (result.value) return mark.ruleId;
    }
    return undefined;
  }
}
