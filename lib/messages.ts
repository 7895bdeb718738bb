/**
 * Messages between the content script, the background and the side panel. Types only, so
 * the content script imports nothing heavy from here.
 */
import type { GridSpec, ScreenProfile, TextTest } from './screen/profile-schema';
import type { TeachCapture } from './screen/teach';

export { ACTIVE_CONTEXT_KEY, PROFILES_IN_FORCE_KEY } from './storage-keys';
import type { ReadProblem, ScreenRead } from './screen/read-screen';

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

export interface ActiveContext {
  tabId: number;
  frameId: number;
  /** False when no screen profile knows this screen (it can be taught). */
  recognised: boolean;
  url: string;
  at: string;
  caseKey?: string;
  profileId?: string;
  screen?: string;
  system?: string;
  title?: string;
  problems: ReadProblem[];
  /** Fact paths shown on the tab's screens now (the panel offers to write only those). */
  factsOnScreen: string[];
  narrationTarget?: ScreenRead['narrationTarget'];
}

/** What the worker clicked in teach mode, with how to find it again. */
export interface TeachCaptureMessage {
  type: 'teach-capture';
  capture: TeachCapture;
  grid?: GridSpec;
  recognition: TextTest[];
  url: string;
  pageTitle: string;
}

export type ContentToPanel = TeachCaptureMessage | { type: 'teach-ended' };

export type ContentToBackground =
  | { type: 'get-profiles' }
  | { type: 'screen-read'; read: ScreenRead | null; top: boolean }
  | { type: 'open-panel' };

export type BackgroundToContent =
  | { type: 'findings'; findings: MarkFinding[] }
  | { type: 'set-field'; fact: string; value: string }
  | { type: 'insert-lines'; lines: string[]; title?: string }
  | { type: 'undo-insert' }
  | { type: 'teach'; on: boolean }
  | { type: 'teach-preview'; profile: ScreenProfile }
  | { type: 'reread' };

export type PanelToBackground =
  | { type: 'set-field'; fact: string; value: string }
  | { type: 'insert-lines'; lines: string[]; title?: string }
  | { type: 'undo-insert' }
  | { type: 'profiles-changed' }
  | { type: 'case-changed'; caseKey: string }
  | { type: 'teach'; on: boolean }
  | { type: 'teach-preview'; profile: ScreenProfile };

export interface ActionResult {
  ok: boolean;
  message: string;
}

