/**
 * The reader's tools, in a script of their own (caselens-tools.js): teach mode and "Save this
 * screen as a test" (with its anonymiser) are used now and then, by one worker teaching or
 * testing a screen, so they are not part of the reader every legacy screen loads. The reader
 * asks the background to inject them into its frame when first needed; the script hands them
 * over on a property of CaseLens's isolated world, as the reader itself arrives (stage-link.ts).
 */
import type { TeachMode } from './teach-mode';
import type { snapshotForTest } from './screen-test';

/** Not the script's own name: WXT declares a global for it (var caselensTools = ...). */
export const TOOLS_KEY = 'caselensToolsArrived';

export interface Tools {
  TeachMode: typeof TeachMode;
  snapshotForTest: typeof snapshotForTest;
}

export type ToolsGlobal = typeof globalThis & { [TOOLS_KEY]?: (tools: Tools) => void };
