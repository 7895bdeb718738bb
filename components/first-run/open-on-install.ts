/**
 * Opens the first-run page when CaseLens is first installed (not on an update or a browser
 * update): the background registers it with runtime.onInstalled.
 */
import { browser } from 'wxt/browser';

export const FIRST_RUN_PATH = '/welcome.html';

export async function openFirstRunOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PATH) });
}
