/**
 * Reads CaseLens's page overlay in Firefox the way WebDriver BiDi lets a test see it. The
 * overlay lives in a closed shadow root that page scripts (and puppeteer's own queries) cannot
 * enter; BiDi's node serialisation with `includeShadowTree: "all"` returns closed roots too.
 * The Firefox counterpart of scripts/overlay-probe.ts (DevTools protocol, Chromium).
 */
import type { Browser, Frame } from 'puppeteer-core';

interface BidiNode {
  type: 'node';
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

interface BidiSend {
  send(method: 'script.evaluate', params: Record<string, unknown>): Promise<{ result: { type: string; result?: BidiNode; exceptionDetails?: unknown } }>;
}

export interface FirefoxMark {
  ruleId: string;
  severity: string;
  hidden: boolean;
  badgeLabel: string;
  /** The line under its "Open in CaseLens panel" button ('' when hidden). */
  openPanelHint: string;
}

function* walk(node: BidiNode | null | undefined): Generator<BidiNode> {
  if (!node?.value) return;
  yield node;
  if (node.value.shadowRoot) yield* walk(node.value.shadowRoot);
  for (const child of node.value.children ?? []) yield* walk(child);
}

/** Every mark in the frame's overlay (none when CaseLens put no overlay there). */
export async function overlayMarks(browser: Browser, frame: Frame): Promise<FirefoxMark[]> {
  const connection = (browser as unknown as { connection: BidiSend }).connection;
  const { result } = await connection.send('script.evaluate', {
    expression: 'document.querySelector("[data-caselens-overlay]")',
    target: { context: (frame as unknown as { _id: string })._id },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
  });
  if (result.type !== 'success' || !result.result?.value) return [];
  const marks: FirefoxMark[] = [];
  for (const node of walk(result.result)) {
    const attrs = node.value!.attributes ?? {};
    if (!('data-caselens-finding' in attrs)) continue;
    const badge = [...walk(node)].find((n) => (n.value?.attributes?.class ?? '').split(' ').includes('badge'));
    const hint = [...walk(node)].find((n) => (n.value?.attributes?.class ?? '').split(' ').includes('hint'));
    const hintText = hint && !('hidden' in (hint.value!.attributes ?? {})) ? [...walk(hint)].map((n) => (n.value?.nodeType === 3 ? (n.value.nodeValue ?? '') : '')).join('').trim() : '';
    marks.push({
      ruleId: attrs['data-caselens-finding']!,
      severity: attrs['data-severity'] ?? '',
      hidden: 'hidden' in attrs,
      badgeLabel: badge?.value?.attributes?.['aria-label'] ?? '',
      openPanelHint: hintText,
    });
  }
  return marks;
}

/** The rule ids of the marks shown (placed beside their field) in the frame's overlay. */
export async function shownMarks(browser: Browser, frame: Frame): Promise<string[]> {
  return (await overlayMarks(browser, frame)).filter((m) => !m.hidden).map((m) => m.ruleId);
}
