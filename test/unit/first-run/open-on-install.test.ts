import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_RUN_PATH, openFirstRunOnInstall } from '../../../components/first-run/open-on-install';

describe('first-run page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page in a tab when CaseLens is installed', async () => {
    fakeBrowser.runtime.onInstalled.addListener(openFirstRunOnInstall);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const opened = (await fakeBrowser.tabs.query({})).filter((t) => t.url);
    expect(opened.map((t) => t.url)).toEqual([fakeBrowser.runtime.getURL(FIRST_RUN_PATH)]);
  });

  it('stays quiet on an update or a browser update', async () => {
    for (const reason of ['update', 'chrome_update', 'shared_module_update'] as const) await openFirstRunOnInstall({ reason });
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url)).toEqual([]);
  });

  it('opens it once per profile: an unpacked build reloaded at every start reports "install" again', async () => {
    await openFirstRunOnInstall({ reason: 'install' });
    await openFirstRunOnInstall({ reason: 'install' });
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url)).toHaveLength(1);
  });
});
