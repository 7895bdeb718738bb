/**
 * CaseLens's content script tools (caselens-tools.js): teach mode and the screen-test snapshot,
 * injected by the background into one frame when its reader first needs them; see
 * entrypoints/content/tools-link.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TeachMode } from './content/teach-mode';
import { snapshotForTest } from './content/screen-test';
import { TOOLS_KEY, type ToolsGlobal } from './content/tools-link';

export default defineUnlistedScript(() => {
  (globalThis as ToolsGlobal)[TOOLS_KEY]?.({ TeachMode, snapshotForTest });
});
