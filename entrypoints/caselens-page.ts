/**
 * CaseLens's content script, first stage (caselens-page.js): registered at run time only for
 * the agency's granted hosts (and the demo's, in the demo build), in every frame; see
 * entrypoints/content/first-stage.ts. An unlisted script rather than WXT's content-script
 * wrapper: that wrapper announces itself to the page (an event carrying the extension's id on
 * the page's document) and is larger than this whole stage.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstStage } from './content/first-stage';

export default defineUnlistedScript(() => {
  void startFirstStage().catch(() => {});
});
