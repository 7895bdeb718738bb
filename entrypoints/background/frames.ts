/**
 * Which document each frame of each tab is showing now, and what it read. A frame's state
 * lives exactly as long as its document: it is keyed by the content script instance (docId),
 * replaced when the frame shows a new document, and dropped when that document goes away (its
 * port disconnects) or the tab closes. So a page never inherits the case of an earlier page.
 *
 * A frameset often shows the case number in one frame (a header) and the data in another, so a
 * frame without a case number takes the case of a live sibling frame of the same jurisdiction.
 */
import type { Observation } from '../../lib/facts/observation';
import type { MarksReport } from '../../lib/messages';
import type { ScreenRead } from '../../lib/screen/read-screen';

export interface FrameState {
  tabId: number;
  frameId: number;
  docId: string;
  origin: string;
  url: string;
  read: ScreenRead | null;
  obs: Observation | null;
  caseKey?: string;
  at: number;
  marks: MarksReport;
  /** How often the content script's reader was injected into this document. */
  readerInjections?: number;
  /** The reader's tools (teach mode, screen tests) injected into this document so far. */
  toolsInjections?: number;
}

const tabs = new Map<number, Map<number, FrameState>>();

function framesIn(tabId: number): Map<number, FrameState> {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new Map()));
  return frames;
}

export function framesOf(tabId: number): FrameState[] {
  return [...(tabs.get(tabId)?.values() ?? [])];
}

export function frameOf(tabId: number, frameId: number): FrameState | undefined {
  return tabs.get(tabId)?.get(frameId);
}

/** A document said hello: it replaces whatever the frame showed before. */
export function startFrame(tabId: number, frameId: number, docId: string, origin: string, url: string): FrameState {
  const frames = framesIn(tabId);
  const existing = frames.get(frameId);
  if (existing?.docId === docId) return existing;
  const frame: FrameState = { tabId, frameId, docId, origin, url, read: null, obs: null, at: Date.now(), marks: { shown: [], notShown: [] } };
  frames.set(frameId, frame);
  return frame;
}

/** The frame's document went away (navigated, closed, discarded): forget it, if it is still that document. */
export function endFrame(tabId: number, frameId: number, docId: string): boolean {
  const frames = tabs.get(tabId);
  if (frames?.get(frameId)?.docId !== docId) return false;
  frames.delete(frameId);
  if (!frames.size) tabs.delete(tabId);
  return true;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}

export function allFrames(): FrameState[] {
  return [...tabs.values()].flatMap((frames) => [...frames.values()]);
}

/** The case a frame's read belongs to: its own, else the newest live sibling frame's of the same jurisdiction. */
export function caseKeyFor(frame: FrameState): string | undefined {
  if (frame.obs?.caseKey) return frame.obs.caseKey;
  if (!frame.obs?.jurisdiction) return undefined;
  const siblings = framesOf(frame.tabId)
    .filter((f) => f.frameId !== frame.frameId && f.caseKey?.startsWith(`${frame.obs!.jurisdiction}:`))
    .sort((a, b) => b.at - a.at);
  return siblings[0]?.caseKey;
}

/**
 * The frame showing the screen proper: the newest recognised screen (or caseload listing); else the newest screen
 * no profile knows (to teach); a case header frame only when alone.
 */
export function mainFrame(tabId: number): FrameState | undefined {
  const frames = framesOf(tabId).sort((a, b) => b.at - a.at);
  return frames.find((f) => f.read && f.read.role !== 'context') ?? frames.find((f) => !f.read) ?? frames[0];
}

/** The frame that should take the next-mark key: the screen's own frame if it shows marks, else any that does. */
export function frameWithMarks(tabId: number, except?: number): FrameState | undefined {
  const main = mainFrame(tabId);
  const marked = framesOf(tabId).filter((f) => f.frameId !== except && f.marks.shown.length > 0);
  return marked.find((f) => f === main) ?? marked[0];
}

/** The frame of a tab that can take an action: holds the fact, or has narration lines. */
export function frameFor(tabId: number, wants: { fact?: string; narration?: boolean }): FrameState | undefined {
  const frames = framesOf(tabId).sort((a, b) => b.at - a.at);
  if (wants.fact) return frames.find((f) => f.read?.fields.some((x) => x.fact === wants.fact && x.status !== 'missing'));
  if (wants.narration) return frames.find((f) => f.read?.narrationTarget && f.read.narrationTarget.found > 0);
  return mainFrame(tabId);
}
