/**
 * Which screen (and case) each frame of each tab is showing. A frameset often shows the case
 * number in one frame (a header) and the data in another, so a frame without a case number
 * takes the case of its tab's other frames. Frames no profile knows are kept too: they are
 * the screens a worker may teach.
 */
import type { Observation } from '../../lib/facts/observation';
import type { ScreenRead } from '../../lib/screen/read-screen';

export interface FrameState {
  frameId: number;
  url: string;
  read: ScreenRead | null;
  obs: Observation | null;
  caseKey?: string;
  at: number;
}

const tabs = new Map<number, Map<number, FrameState>>();

export function framesOf(tabId: number): Map<number, FrameState> {
  let frames = tabs.get(tabId);
  if (!frames) tabs.set(tabId, (frames = new Map()));
  return frames;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
}

/** The case a frame's read belongs to: its own, else the newest one of the same jurisdiction in the tab. */
export function caseKeyFor(tabId: number, frame: FrameState): string | undefined {
  if (frame.obs?.caseKey) return frame.obs.caseKey;
  if (!frame.obs) return undefined;
  const siblings = [...framesOf(tabId).values()]
    .filter((f) => f.frameId !== frame.frameId && f.caseKey && f.caseKey.startsWith(`${frame.obs!.jurisdiction}:`))
    .sort((a, b) => b.at - a.at);
  return siblings[0]?.caseKey;
}

export function allTabs(): IterableIterator<[number, Map<number, FrameState>]> {
  return tabs.entries();
}

/**
 * The frame showing the screen proper: the newest recognised screen; else the newest screen
 * no profile knows (to teach); a case header frame only when alone.
 */
export function mainFrame(tabId: number): FrameState | undefined {
  const frames = [...framesOf(tabId).values()].sort((a, b) => b.at - a.at);
  return frames.find((f) => f.read?.role === 'screen') ?? frames.find((f) => !f.read) ?? frames[0];
}

/** The frame of a tab that can take an action: holds the fact, or has narration lines. */
export function frameFor(tabId: number, wants: { fact?: string; narration?: boolean }): FrameState | undefined {
  const frames = [...framesOf(tabId).values()].sort((a, b) => b.at - a.at);
  if (wants.fact) return frames.find((f) => f.read?.fields.some((x) => x.fact === wants.fact && x.status !== 'missing'));
  if (wants.narration) return frames.find((f) => f.read?.narrationTarget && f.read.narrationTarget.found > 0);
  return mainFrame(tabId);
}
