/**
 * Side-panel actions that touch the page (write a field, insert narration, undo, teach): sent
 * to the frame of the active legacy tab that can take them, which answers what it did.
 */
import { browser } from 'wxt/browser';
import { ACTIVE_CONTEXT_KEY, type ActionResult, type ActiveContext, type PanelToBackground } from '../../lib/messages';
import { frameFor } from './tab-frames';

let lastWriteFrame: { tabId: number; frameId: number } | undefined;

export async function forwardToPage(message: PanelToBackground): Promise<unknown> {
  const stored = await browser.storage.session.get(ACTIVE_CONTEXT_KEY);
  const active = stored[ACTIVE_CONTEXT_KEY] as ActiveContext | undefined;
  if (!active) return { ok: false, message: 'Open a legacy screen first.' };
  let target: { tabId: number; frameId: number } | undefined;
  if (message.type === 'undo-insert') target = lastWriteFrame;
  else {
    const frame = frameFor(active.tabId, {
      fact: message.type === 'set-field' ? message.fact : undefined,
      narration: message.type === 'insert-lines',
    });
    target = { tabId: active.tabId, frameId: frame?.frameId ?? active.frameId };
  }
  if (!target) return { ok: false, message: 'Nothing to undo.' };
  try {
    const result = (await browser.tabs.sendMessage(target.tabId, message, { frameId: target.frameId })) as ActionResult | undefined;
    if (result?.ok && message.type !== 'undo-insert') lastWriteFrame = target;
    return result ?? { ok: false, message: 'The screen did not answer. Reload it and try again.' };
  } catch {
    return { ok: false, message: 'The screen is no longer open.' };
  }
}
