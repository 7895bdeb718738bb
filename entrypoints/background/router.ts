/**
 * Every message the background receives, checked twice before anything happens: its shape
 * (zod) and its sender (a frame on one of the agency's granted origins for content messages,
 * CaseLens's own pages for panel messages). A content script, which a hostile page's renderer
 * may control, can never trigger a panel action.
 */
import { browser } from 'wxt/browser';
import { ContentMessageSchema, PanelMessageSchema, type ContentMessage, type PanelMessage } from '../../lib/message-schemas';
import { classifySender, type SenderInfo } from '../../lib/message-senders';
import { profilesFor } from '../../lib/origins/agency-origins';
import { readGuideShare } from '../../lib/rmss/guide-share';
import { surveysForPage } from '../../lib/rmss/profile-surveys';
import { RMSS_GUIDE_KEY } from '../../lib/storage-keys';
import type { ActionResult, BackgroundToPanel, HelloReply, MarkFinding } from '../../lib/messages';
import { currentProfiles, currentScope } from './extension-state';
import { frameOf, startFrame } from './frames';
import { forwardToPage } from './page-actions';
import { publishTab } from './active-context';
import type { ScreenReads } from './screen-reads';

const REFUSED: ActionResult = { ok: false, message: 'Refused: CaseLens acts only on requests from its own side panel.' };
const NOT_READ: HelloReply = { read: false, profiles: [], surveys: [], guide: null };

export interface RouterDeps {
  reads: ScreenReads;
  ensureFrames: (tabId: number) => Promise<void>;
  onPanelChange: (message: Extract<PanelMessage, { type: 'profiles-changed' | 'case-changed' }>) => Promise<void>;
}

async function senderOf(sender: SenderInfo, claimedOrigin?: string) {
  return classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'), await currentScope(), claimedOrigin);
}

async function onContent(message: ContentMessage, sender: SenderInfo, deps: RouterDeps): Promise<unknown> {
  const who = await senderOf(sender, message.type === 'hello' ? message.origin : undefined);
  if (who.kind !== 'agency-frame') return message.type === 'hello' ? NOT_READ : undefined;
  const { tabId, frameId } = who;
  switch (message.type) {
    case 'hello': {
      startFrame(tabId, frameId, message.docId, who.origin, who.url);
      const [{ profiles }, scope, guide] = await Promise.all([currentProfiles(), currentScope(), browser.storage.session.get(RMSS_GUIDE_KEY)]);
      await publishTab(tabId);
      const bound = profilesFor(profiles, scope, who.url);
      return { read: true, profiles: bound, surveys: surveysForPage(bound), guide: readGuideShare(guide[RMSS_GUIDE_KEY]) } satisfies HelloReply;
    }
    case 'screen-read': {
      // A read that came before its hello (the worker restarted in between) starts the frame.
      const frame = frameOf(tabId, frameId)?.docId === message.docId ? frameOf(tabId, frameId)! : startFrame(tabId, frameId, message.docId, who.origin, who.url);
      if (message.read) {
        // Only a profile bound to this origin may have read it: anything else is a forged read.
        const [{ profiles }, scope] = await Promise.all([currentProfiles(), currentScope()]);
        if (!profilesFor(profiles, scope, who.url).some((p) => p.id === message.read!.profileId)) return { findings: [] };
      }
      const findings: MarkFinding[] = await deps.reads.onScreenRead(frame, message.read);
      await publishTab(tabId);
      return { findings };
    }
    case 'marks-shown': {
      const frame = frameOf(tabId, frameId);
      if (frame?.docId !== message.docId) return undefined;
      frame.marks = message.marks;
      await publishTab(tabId);
      return undefined;
    }
    case 'open-panel':
      await browser.sidePanel?.open({ tabId }).catch(() => {});
      return undefined;
    case 'teach-capture':
    case 'teach-ended': {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab?.active || frameOf(tabId, frameId)?.docId !== message.docId) return undefined;
      const { type: _type, docId: _doc, ...payload } = message as Extract<ContentMessage, { type: 'teach-capture' }>;
      const out: BackgroundToPanel = message.type === 'teach-ended' ? { type: 'teach-ended', tabId } : { type: 'teach-captured', tabId, ...payload };
      await browser.runtime.sendMessage(out).catch(() => {});
      return undefined;
    }
  }
}

async function onPanel(message: PanelMessage, sender: SenderInfo, deps: RouterDeps): Promise<unknown> {
  if ((await senderOf(sender)).kind !== 'extension-page') return REFUSED;
  switch (message.type) {
    case 'profiles-changed':
    case 'case-changed':
      await deps.onPanelChange(message);
      return { ok: true, message: '' };
    default:
      return forwardToPage(message, deps.ensureFrames);
  }
}

/** The background's one message listener. Messages of no known type (the background's own, to the panel) are not answered. */
export function listen(deps: RouterDeps): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const type = (raw as { type?: unknown } | null)?.type;
    const respond = (work: Promise<unknown>) => {
      work.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    const content = ContentMessageSchema.safeParse(raw);
    if (content.success) return respond(onContent(content.data, sender, deps));
    const panel = PanelMessageSchema.safeParse(raw);
    if (panel.success) return respond(onPanel(panel.data, sender, deps));
    // A known type of the wrong shape is refused and said so; anything else is not ours to answer.
    if (typeof type === 'string' && ['set-field', 'insert-lines', 'undo-insert', 'teach', 'teach-preview', 'snapshot-screen'].includes(type)) return respond(Promise.resolve(REFUSED));
    return undefined;
  });
}
