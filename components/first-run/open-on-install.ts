/**
 * Opens the first-run page when CaseLens is first installed: not on an update, a browser update,
 * or a reinstall of the same profile (an unpacked build loaded again reports "install" at every
 * start), which the flag in storage.local tells apart.
 */
import { browser } from 'wxt/browser';
import { FIRST_RUN_SHOWN_KEY } from '../../lib/storage-keys';

export const FIRST_RUN_PATH = '/welcome.html';

export async function openFirstRunOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  if ((await browser.storage.local.get(FIRST_RUN_SHOWN_KEY))[FIRST_RUN_SHOWN_KEY]) return;
  await browser.storage.local.set({ [FIRST_RUN_SHOWN_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PATH) });
}
