/**
 * What the side panel asks of the page, always naming the window, tab, screen and case it was
 * showing: the background writes only there, and says why when it did not. And the one way the
 * panel hears from the background: messages from anywhere else (a content script broadcasting
 * to extension pages) are ignored.
 */
import { browser } from 'wxt/browser';
import type { ActionResult, ActiveContext, BackgroundToPanel, PanelTarget, PanelToBackground } from '../lib/messages';

type PageAction = Extract<PanelToBackground, { target: PanelTarget }>;
type WithoutTarget<T> = T extends unknown ? Omit<T, 'target'> : never;

export function targetOf(active: ActiveContext): PanelTarget {
  return { windowId: active.windowId, tabId: active.tabId, docId: active.docId, ...(active.caseKey ? { caseKey: active.caseKey } : {}) };
}

export async function sendToPage<R = ActionResult>(active: ActiveContext | undefined, action: WithoutTarget<PageAction>): Promise<R | ActionResult> {
  if (!active?.legacy) return { ok: false, message: 'Nothing was written: open the legacy screen in this window first.' };
  const reply = await browser.runtime.sendMessage({ ...action, target: targetOf(active) } as PageAction).catch(() => undefined);
  return (reply as R | undefined) ?? { ok: false, message: 'CaseLens did not answer. Try again.' };
}

/** Listens to the background's messages to the panel (teach captures), and to nothing else. */
export function onBackgroundMessage(handler: (message: BackgroundToPanel) => void): () => void {
  const base = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(base)) return;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'teach-captured' || type === 'teach-ended') handler(message as BackgroundToPanel);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
