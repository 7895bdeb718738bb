/**
 * Side-panel actions that touch the page (write a field, insert narration, undo, teach, save the
 * screen as a test, which only reads). Like a
 * password manager's fill, they go only into the tab the worker is looking at in the panel's
 * window, only into the frame that showed the panel's screen and case, and the content script
 * checks that again before it writes. When anything does not match, nothing is written and the
 * panel says why.
 */
import { browser } from 'wxt/browser';
import type { ActionResult, BackgroundToContent, FrameExpectation } from '../../lib/messages';
import type { PanelMessage } from '../../lib/message-schemas';
import { frameFor, framesOf, mainFrame, type FrameState } from './frames';

type PageAction = Extract<PanelMessage, { target: unknown }>;

let lastWrite: { tabId: number; frameId: number; docId: string } | undefined;

const refuse = (message: string): ActionResult => ({ ok: false, message });

const caseName = (key: string | undefined) => (key ? `case ${key.replace(':', ' ')}` : 'no case');

function expectationOf(frame: FrameState): FrameExpectation {
  const caseNumber = frame.obs?.facts.caseNumber;
  return { docId: frame.docId, ...(frame.read ? { profileId: frame.read.profileId } : {}), ...(caseNumber ? { caseNumber } : {}) };
}

function targetFrame(message: PageAction): FrameState | undefined {
  const tabId = message.target.tabId;
  switch (message.type) {
    case 'set-field':
      return frameFor(tabId, { fact: message.fact });
    case 'insert-lines':
      return frameFor(tabId, { narration: true });
    case 'undo-insert':
      return lastWrite?.tabId === tabId ? framesOf(tabId).find((f) => f.frameId === lastWrite!.frameId && f.docId === lastWrite!.docId) : undefined;
    default:
      return mainFrame(tabId);
  }
}

function toContent(message: PageAction, expect: FrameExpectation): BackgroundToContent {
  switch (message.type) {
    case 'set-field':
      return { type: 'set-field', expect, fact: message.fact, value: message.value };
    case 'insert-lines':
      return { type: 'insert-lines', expect, lines: message.lines, ...(message.title !== undefined ? { title: message.title } : {}) };
    case 'undo-insert':
      return { type: 'undo-insert', expect };
    case 'teach':
      return { type: 'teach', expect, on: message.on };
    case 'teach-preview':
      return { type: 'teach-preview', expect, profile: message.profile };
    case 'snapshot-screen':
      return { type: 'snapshot-screen', expect };
  }
}

/**
 * `ensureFrames` asks the tab's frames to say hello again when the service worker has just
 * started and knows none of them yet.
 */
export async function forwardToPage(message: PageAction, ensureFrames: (tabId: number) => Promise<void>): Promise<unknown> {
  const { target } = message;
  const tab = await browser.tabs.get(target.tabId).catch(() => undefined);
  if (!tab) return refuse('Nothing was written: that tab is closed.');
  if (!tab.active || tab.windowId !== target.windowId) {
    return refuse('Nothing was written: that screen is not in the tab you are looking at. Go back to its tab and try again.');
  }
  if (!framesOf(target.tabId).length) await ensureFrames(target.tabId);
  const main = mainFrame(target.tabId);
  if (!main || main.docId !== target.docId) {
    return refuse('Nothing was written: the screen changed since the panel showed it. Check the panel, then try again.');
  }
  const frame = targetFrame(message);
  if (!frame) return refuse(message.type === 'undo-insert' ? 'Nothing to undo on this screen.' : 'This screen has no place for that.');
  const frameCase = frame.caseKey ?? main.caseKey;
  if (target.caseKey && frameCase && frameCase !== target.caseKey) {
    return refuse(`Nothing was written: this tab shows ${caseName(frameCase)}, not ${caseName(target.caseKey)}.`);
  }
  try {
    const reply = await browser.tabs.sendMessage(target.tabId, toContent(message, expectationOf(frame)), { frameId: frame.frameId });
    if (message.type === 'teach-preview' || message.type === 'snapshot-screen') return reply;
    const result = reply as ActionResult | undefined;
    if (result?.ok && (message.type === 'set-field' || message.type === 'insert-lines')) lastWrite = { tabId: frame.tabId, frameId: frame.frameId, docId: frame.docId };
    if (result?.ok && message.type === 'undo-insert') lastWrite = undefined;
    return result ?? refuse('The screen did not answer. Reload it and try again.');
  } catch {
    return refuse('The screen is no longer open.');
  }
}
