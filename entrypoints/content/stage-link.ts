/**
 * How the content script's two stages meet. The first stage (caselens-page.js, registered for
 * the agency's hosts) is a few KB: it says hello, checks cheaply whether the page can be a
 * legacy screen, and only then has the background inject the reader (caselens-reader.js) into
 * this frame. Both run in CaseLens's isolated world of the frame, which page scripts cannot
 * see, and meet on a property of that world's global object.
 */
import type { BackgroundToContent, HelloReply } from '../../lib/messages';
import type { Connection } from './connection';
import type { EditTracker } from './edit-tracker';

/** Not the scripts' own names: WXT declares a global for each (var caselensPage = ...). */
export const STAGE_KEY = 'caselensFirstStage';

/** What the first stage hands to the reader. */
export interface FirstStage {
  readonly docId: string;
  readonly conn: Connection;
  /** The background's hello reply, kept current ('knowledge' and 'rmss-guide' update it). */
  readonly hello: HelloReply;
  readonly edits: EditTracker;
  readonly signal: AbortSignal;
  isInvalid(): boolean;
  /** Called by the reader script once it has loaded. */
  readerLoaded(start: StartReader): void;
}

/** The loaded reader: takes over the frame's messages. */
export interface Reader {
  /** Handles a message; true when it will answer later (sendResponse). */
  onMessage(message: BackgroundToContent, sendResponse: (reply: unknown) => void): boolean;
  /** Moves the keyboard focus to the next mark here; false when this frame shows none. */
  nextMark(): boolean;
}

export type StartReader = (stage: FirstStage) => Reader;

/** The world's global as both stages see it. */
export type StageGlobal = typeof globalThis & { [STAGE_KEY]?: FirstStage & { stop(): void } };
