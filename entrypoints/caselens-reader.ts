/**
 * CaseLens's content script, second stage (caselens-reader.js): injected by the background
 * into one frame when that frame's first stage found the page can be a legacy screen (or the
 * worker starts teach mode there); see entrypoints/content/reader-stage.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startReader } from './content/reader-stage';
import { STAGE_KEY, type StageGlobal } from './content/stage-link';

export default defineUnlistedScript(() => {
  (globalThis as StageGlobal)[STAGE_KEY]?.readerLoaded(startReader);
});
