/**
 * Messages between the content script, the background and the side panel. Types only, so
 * the content script imports nothing heavy from here.
 */
import type { ScreenProfile } from './screen/profile-schema';
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

/** storage.local key of the validated profiles in force, published by the background for content scripts. */
export const PROFILES_IN_FORCE_KEY = 'profilesInForce';

/** storage.session key of the legacy screen the worker looked at last. */
export const ACTIVE_CONTEXT_KEY = 'activeContext';

export interface ActiveContext {
  tabId: number;
  frameId: number;
  caseKey?: string;
  profileId: string;
  screen: string;
  system: string;
  title: string;
  url: string;
  problems: ReadProblem[];
  /** Fact paths shown on the tab's screens now (the panel offers to write only those). */
  factsOnScreen: string[];
  narrationTarget?: ScreenRead['narrationTarget'];
  at: string;
}

export type ContentToBackground =
  | { type: 'get-profiles' }
  | { type: 'screen-read'; read: ScreenRead | null; top: boolean }
  | { type: 'open-panel' };

export type BackgroundToContent =
  | { type: 'findings'; findings: MarkFinding[] }
  | { type: 'set-field'; fact: string; value: string }
  | { type: 'insert-lines'; lines: string[] }
  | { type: 'undo-insert' }
  | { type: 'teach'; on: boolean }
  | { type: 'reread' };

export type PanelToBackground =
  | { type: 'set-field'; fact: string; value: string }
  | { type: 'insert-lines'; lines: string[] }
  | { type: 'undo-insert' }
  | { type: 'profiles-changed' }
  | { type: 'case-changed'; caseKey: string }
  | { type: 'teach'; on: boolean };

export interface ActionResult {
  ok: boolean;
  message: string;
}

export type ProfilesReply = ScreenProfile[];
