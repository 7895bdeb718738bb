/**
 * Every message the background receives, checked twice before anything happens: its shape
 * (zod) and its sender (a frame on one of the agency's granted origins for content messages,
 * CaseLens's own pages for panel messages). A content script, which a hostile page's renderer
 * may control, can never trigger a panel action.
 */
import { browser } from 'wxt/browser';
import { ContentMessageSchema, PanelMessageSchema, type ContentMessage, type PanelMessage } from '../../lib/message-schemas';
import { classifySender, type SenderInfo } from '../../lib/message-senders';
import { isManualPage, profilesFor } from '../../lib/origins/agency-origins';
import { surveysForPage } from '../../lib/rmss/profile-surveys';
import type { ActionResult, BackgroundToPanel, HelloReply, MarkFinding } from '../../lib/messages';
import { currentGuide, currentPolicy, currentProfiles, currentScope } from './extension-state';
import { frameOf, startFrame, type FrameState } from './frames';
import { rememberScreen, wasScreen } from './screen-urls';
import { foreground } from './foreground';
import { forwardToPage } from './page-actions';
import { publishTab, publishTabSoon } from './active-context';
import { injectPolicyWatch, recordManualPage } from './policy-watch';
import { openPanelForPage } from './panel-opener';
import { perfMark } from '../../lib/perf-marks';
import { finishRead, fitsProfile, type ScreenRead } from '../../lib/screen/read-screen';
import type { ScreenReads } from './screen-reads';

const REFUSED: ActionResult = { ok: false, message: 'Refused: CaseLens acts only on requests from its own side panel.' };
const NOT_READ: HelloReply = { read: false, profiles: [], surveys: [], guide: null };

export interface RouterDeps {
  reads: ScreenReads;
  /** Injects the content script's reader, or its tools, into one frame (its document, where the browser names it). */
  injectScript: (script: 'reader' | 'tools', tabId: number, frameId: number, documentId?: string) => Promise<void>;
  /** Moves the keyboard focus to the next mark in a tab (in a frame that shows marks), other than `except`. */
  focusNextMark: (tabId: number, except?: number) => void;
  ensureFrames: (tabId: number) => Promise<void>;
  onPanelChange: (message: Extract<PanelMessage, { type: 'profiles-changed' | 'case-changed' | 'data-changed' }>) => Promise<void>;
}

/** A frame's hello is published this much later, unless its read is first. */
const HELLO_PUBLISH_MS = 150;
/** Which marks a frame could show: published with the next change, or this much later. */
const MARKS_PUBLISH_MS = 50;

/** Injections of the reader (or its tools) per document on request: one expected, a retry or two allowed. */
const MAX_INJECTIONS = 3;

/**
 * Injects the reader (or its tools) into the asking document, at most `max` times per document
 * (the script starts once whatever happens). At the limit, the speculative reader (max 1) counts
 * as on its way; a request beyond its retries is refused.
 */
function injectOnce(script: 'reader' | 'tools', frame: FrameState, deps: RouterDeps, sender: SenderInfo, max = 1): boolean {
  const count = script === 'reader' ? 'readerInjections' : 'toolsInjections';
  if ((frame[count] ?? 0) >= max) return max === 1;
  frame[count] = (frame[count] ?? 0) + 1;
  void deps.injectScript(script, frame.tabId, frame.frameId, (sender as { documentId?: string }).documentId).catch(() => {});
  return true;
}

async function senderOf(sender: SenderInfo, claimedOrigin?: string) {
  return classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'), await currentScope(), claimedOrigin);
}

/** A frame on one of the agency's policy manual pages (not a legacy host), or undefined. */
async function senderOfManual(sender: SenderInfo, claimedOrigin?: string) {
  const scope = await currentScope();
  const who = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'), { agencyHosts: scope.manualPages ?? [], systemHosts: {}, demo: false }, claimedOrigin);
  return who.kind === 'agency-frame' ? who : undefined;
}

async function onPolicyPage(message: Extract<ContentMessage, { type: 'policy-page' }>, sender: SenderInfo): Promise<unknown> {
  // Only from a frame showing one of the agency's policy manual pages, as the browser says.
  const scope = await currentScope();
  const who = classifySender(sender, browser.runtime.id, browser.runtime.getURL('/'), { agencyHosts: scope.manualPages ?? [], systemHosts: {}, demo: false });
  if (who.kind !== 'agency-frame') return undefined;
  await recordManualPage(message, who.url);
  return undefined;
}

async function onContent(message: ContentMessage, sender: SenderInfo, deps: RouterDeps): Promise<unknown> {
  if (message.type === 'policy-page') return onPolicyPage(message, sender);
  const who = await senderOf(sender, message.type === 'hello' ? message.origin : undefined);
  if (who.kind !== 'agency-frame') {
    if (message.type !== 'hello') return undefined;
    // Not a screen CaseLens reads; it may still be a policy manual page to watch.
    const manual = await senderOfManual(sender, message.origin);
    if (manual) await injectPolicyWatch(manual.tabId, manual.frameId);
    return manual ? { ...NOT_READ, watch: true } : NOT_READ;
  }
  const { tabId, frameId } = who;
  switch (message.type) {
    case 'hello': {
      if (isManualPage(await currentScope(), who.url)) await injectPolicyWatch(tabId, frameId);
      const frame = startFrame(tabId, frameId, message.docId, who.origin, who.url);
      // Where this URL showed a screen before, the reader goes in now, alongside the answer,
      // rather than after the page has been checked (one round trip less on every screen).
      const reader = wasScreen(who.url) && injectOnce('reader', frame, deps, sender);
      const [{ profiles }, scope, guide, { knowledge }] = await Promise.all([currentProfiles(), currentScope(), currentGuide(), currentPolicy()]);
      // The frame is answered first; the side panel hears of it with its read, or in a moment
      // (a page with no screen sends none), with the frameset's other frames in one write.
      perfMark('hello-replied', message.docId);
      publishTabSoon(tabId, HELLO_PUBLISH_MS);
      const bound = profilesFor(profiles, scope, who.url);
      return { read: true, reader, profiles: bound, surveys: surveysForPage(bound, knowledge.surveys), guide } satisfies HelloReply;
    }
    case 'screen-read': {
      // A read that came before its hello (the worker restarted in between) starts the frame.
      const frame = frameOf(tabId, frameId)?.docId === message.docId ? frameOf(tabId, frameId)! : startFrame(tabId, frameId, message.docId, who.origin, who.url);
      let read: ScreenRead | null = null;
      if (message.read) {
        // Only a profile bound to this origin may have read it, and the read must have its shape:
        // anything else is a forged read. The background finishes the read with its own copy.
        const [{ profiles }, scope] = await Promise.all([currentProfiles(), currentScope()]);
        const profile = profilesFor(profiles, scope, who.url).find((p) => p.id === message.read!.profileId);
        if (!profile || !fitsProfile(message.read, profile)) return { findings: [] };
        read = finishRead(profile, message.read, { referenceYear: new Date().getFullYear() });
        rememberScreen(who.url);
        perfMark('read-finished', message.docId);
      }
      const findings: MarkFinding[] = await deps.reads.onScreenRead(frame, read);
      perfMark('read-answered', message.docId);
      void publishTab(tabId); // after the frame has its marks
      return { findings };
    }
    case 'marks-shown': {
      const frame = frameOf(tabId, frameId);
      if (frame?.docId !== message.docId) return undefined;
      frame.marks = message.marks;
      publishTabSoon(tabId, MARKS_PUBLISH_MS);
      return undefined;
    }
    case 'open-panel':
      // Chrome and Edge open the side panel on a click in the page; Firefox opens its sidebar
      // only from its own controls (toolbar button, keyboard command), and the overlay says so.
      return { opened: await openPanelForPage(tabId) };
    case 'load-reader': {
      // The first stage found a page that can be a legacy screen: the reader goes into that
      // frame's document only (a few times at most: the reader starts once whatever happens).
      const frame = frameOf(tabId, frameId);
      if (frame?.docId !== message.docId) return { ok: false };
      return { ok: injectOnce('reader', frame, deps, sender, MAX_INJECTIONS) };
    }
    case 'load-tools': {
      // The reader needs teach mode or the screen-test snapshot: into that frame's document only.
      const frame = frameOf(tabId, frameId);
      if (frame?.docId !== message.docId) return { ok: false };
      return { ok: injectOnce('tools', frame, deps, sender, MAX_INJECTIONS) };
    }
    case 'next-mark':
      deps.focusNextMark(tabId, frameId);
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
    case 'data-changed':
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
    const readOf = type === 'screen-read' ? String((raw as { docId?: unknown }).docId) : undefined;
    if (readOf) perfMark('read-received', readOf);
    if (type === 'hello') perfMark('hello-received', String((raw as { docId?: unknown }).docId));
    const content = ContentMessageSchema.safeParse(raw);
    if (readOf) perfMark('read-validated', readOf);
    // A page's messages are foreground work: the daily care waits while they are answered.
    if (content.success) return respond(foreground(onContent(content.data, sender, deps)));
    const panel = PanelMessageSchema.safeParse(raw);
    if (panel.success) return respond(onPanel(panel.data, sender, deps));
    // A known type of the wrong shape is refused and said so; anything else is not ours to answer.
    if (typeof type === 'string' && ['set-field', 'insert-lines', 'undo-insert', 'teach', 'teach-preview', 'snapshot-screen'].includes(type)) return respond(Promise.resolve(REFUSED));
    return undefined;
  });
}
