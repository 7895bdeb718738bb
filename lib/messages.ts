/**
 * Messages between the content script, the background and the side panel. Types only, so the
 * content script imports nothing heavy from here; the background validates every message it
 * receives with the zod schemas in lib/message-schemas.ts and checks who sent it.
 */
import type { GridSpec, ScreenProfile, TextTest } from './screen/profile-schema';
import type { TeachCapture } from './screen/teach';
import type { ReadProblem, ScreenRead } from './screen/read-screen';
import type { RawRead } from './screen/extract';
import type { Survey } from './rmss/survey-schema';
import type { RmssGuideShare } from './rmss/guide-share';

export { ACTIVE_CONTEXTS_KEY } from './storage-keys';

/** A finding as the page overlay shows it, already tied to a field on this frame's screen. */
export interface MarkFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  title: string;
  explanation: string;
  citationText: string;
  /** Key of the read field (or list cell) to mark beside. */
  fieldKey: string;
}

/** What a frame's overlay could show: the rule ids it marked, and those whose field it could not place. */
export interface MarksReport {
  shown: string[];
  notShown: string[];
}

/**
 * The legacy screen in the tab the worker is looking at, per browser window (the side panel of
 * a window follows that window's active tab only).
 */
export interface ActiveContext {
  windowId: number;
  tabId: number;
  /** False when the tab shows no screen CaseLens may read. */
  legacy: boolean;
  frameId: number;
  /** The content script instance (one per document) that read the screen. */
  docId: string;
  /** False when no screen profile knows this screen (it can be taught). */
  recognised: boolean;
  url: string;
  origin: string;
  at: string;
  caseKey?: string;
  profileId?: string;
  screen?: string;
  system?: string;
  title?: string;
  jurisdiction?: ScreenRead['jurisdiction'];
  problems: ReadProblem[];
  /** Fact paths shown on the tab's screens now (the panel offers to write only those). */
  factsOnScreen: string[];
  narrationTarget?: ScreenRead['narrationTarget'];
  marks: MarksReport;
}

/** What the worker clicked (or picked by keyboard) in teach mode, with how to find it again. */
export interface TeachCapturePayload {
  capture: TeachCapture;
  grid?: GridSpec;
  recognition: TextTest[];
  url: string;
  pageTitle: string;
}

/** What the background tells a content script when it says hello: whether it may read this page, and with what. */
export interface HelloReply {
  read: boolean;
  /** The page is one of the agency's policy manual pages: the background runs the policy watch on it. */
  watch?: boolean;
  /** The background is injecting the reader already (this URL showed a screen before). */
  reader?: boolean;
  profiles: ScreenProfile[];
  surveys: Survey[];
  guide: RmssGuideShare | null;
}

export type ContentToBackground =
  | { type: 'hello'; docId: string; origin: string }
  /** The raw read (lib/screen/extract.ts): the background finishes it with the profile it names. */
  | { type: 'screen-read'; docId: string; read: RawRead | null; top: boolean }
  | { type: 'marks-shown'; docId: string; marks: MarksReport }
  | { type: 'open-panel'; docId: string }
  /** The first stage found the page can be a legacy screen: inject the reader into this frame. */
  | { type: 'load-reader'; docId: string }
  | { type: 'load-tools'; docId: string }
  /** The next-mark key was pressed in a frame without marks: move to the frame that has them. */
  | { type: 'next-mark'; docId: string }
  | ({ type: 'teach-capture'; docId: string } & TeachCapturePayload)
  | { type: 'teach-ended'; docId: string }
  | { type: 'policy-page'; url: string; title: string; text: string; header: string; headings: string[] };

/** Which frame an action is for: the content script refuses it when this is not its own document and screen. */
export interface FrameExpectation {
  docId: string;
  profileId?: string;
  caseNumber?: string;
}

export type BackgroundToContent =
  | { type: 'findings'; docId: string; findings: MarkFinding[] }
  | { type: 'set-field'; expect: FrameExpectation; fact: string; value: string }
  | { type: 'insert-lines'; expect: FrameExpectation; lines: string[]; title?: string }
  | { type: 'undo-insert'; expect: FrameExpectation }
  | { type: 'teach'; expect: FrameExpectation; on: boolean }
  | { type: 'teach-preview'; expect: FrameExpectation; profile: ScreenProfile }
  | { type: 'snapshot-screen'; expect: FrameExpectation }
  | { type: 'next-mark' }
  | { type: 'reread' }
  | { type: 'reannounce' }
  | { type: 'knowledge'; profiles: ScreenProfile[]; surveys: Survey[] }
  | { type: 'rmss-guide'; guide: RmssGuideShare | null };

/**
 * Which tab, case and screen a side-panel action is for, as the panel showed it. The background
 * acts only when that tab is still the active tab of the panel's window and still shows that
 * case; otherwise it says why nothing was written.
 */
export interface PanelTarget {
  windowId: number;
  tabId: number;
  caseKey?: string;
  docId: string;
}

export type PanelToBackground =
  | { type: 'set-field'; target: PanelTarget; fact: string; value: string }
  | { type: 'insert-lines'; target: PanelTarget; lines: string[]; title?: string }
  | { type: 'undo-insert'; target: PanelTarget }
  | { type: 'teach'; target: PanelTarget; on: boolean }
  | { type: 'teach-preview'; target: PanelTarget; profile: ScreenProfile }
  | { type: 'snapshot-screen'; target: PanelTarget }
  | { type: 'profiles-changed' }
  | { type: 'case-changed'; caseKey: string }
  /** Cases were erased or imported in the panel: the background forgets what it kept of them. */
  | { type: 'data-changed' };

/** What the background passes on to the side panel (only the background's own messages are trusted there). */
export type BackgroundToPanel =
  | ({ type: 'teach-captured'; tabId: number } & TeachCapturePayload)
  | { type: 'teach-ended'; tabId: number };

export interface ActionResult {
  ok: boolean;
  message: string;
}

/** "Save this screen as a test": the screen's page with synthetic values, from the frame that shows it. */
export interface ScreenSnapshotReply extends ActionResult {
  html?: string;
  /** Origin and path of the page, numbers scrubbed (no query: it may hold client identifiers). */
  url?: string;
  profileId?: string;
  replaced?: number;
  kept?: number;
}
