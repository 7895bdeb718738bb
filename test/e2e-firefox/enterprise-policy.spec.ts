/**
 * Enterprise policy in Firefox ESR, from the example an agency copies
 * (docs/deployment/firefox-policies.json): Firefox installs CaseLens from the package the
 * policy names (here the demo build packed as an .xpi), hands the `3rdparty` values to it
 * unchanged, Settings shows them locked, and the agency's screen profile and host take effect.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, logRequests, panelOf } from './fixtures';
import { FIREFOX_EXTENSION_DIR, launchFirefox } from '../../scripts/launch-firefox';
import { PuppeteerPage } from './puppeteer-driver';
import { packXpi } from './xpi';
import { writeFirefoxPolicies } from './policy-file';
import { TracsFlow } from '../e2e/shared/tracs';
import { PANEL, foreignRequests } from '../e2e/shared/panel';
import { demoHostPattern, firefoxPoliciesForDemo, lockedNames } from '../e2e/shared/deployment-examples';

// Packed package and policy file as a fixture: its teardown removes both even after a timeout.
const test = base.extend<{ policy: { dir: string; caselens: ReturnType<typeof firefoxPoliciesForDemo>['caselens'] } }>({
  policy: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caselens-firefox-policy-'));
    try {
      const xpi = path.join(dir, 'caselens-firefox.xpi');
      await packXpi(FIREFOX_EXTENSION_DIR, xpi);
      const { file, caselens } = firefoxPoliciesForDemo(pathToFileURL(xpi).href);
      const written = await writeFirefoxPolicies(file);
      try {
        await use({ dir, caselens });
      } finally {
        await written.remove();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

test('the example policies.json installs CaseLens, its values arrive intact and show locked in Settings, the agency profile reads the screen', async ({
  demo,
  policy,
}) => {
  const { dir, caselens } = policy;
  const browser = await launchFirefox({ userDataDir: path.join(dir, 'profile'), perUserPolicies: true });
  try {
    const requests: string[] = [];
    logRequests(browser, requests);
    const panel = await panelOf(browser); // installed by the policy, not by the test
    await expect
      .poll(() => panel.page.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(k: null): Promise<unknown> } } } }).browser.storage.managed.get(null)))
      .toEqual(caselens);

    await panel.clickTab('Settings');
    const notice = await panel.expectText(PANEL.managedNotice, 'cannot be changed here');
    for (const name of lockedNames(caselens)) expect(notice).toContain(name);
    await expect.poll(() => panel.state('Forget cases not seen for (days)')).toEqual({ value: '60', checked: false, disabled: true });
    expect(await panel.text('body')).toContain('Set by your agency.');
    expect((await panel.state('Daily summary of duties due and overdue'))?.disabled).toBe(true);
    expect(await panel.state('Show household names in the caseload')).toMatchObject({ checked: false, disabled: true });
    await panel.expectText(`[data-host="${demoHostPattern('firefox')}"]`, 'access granted');
    expect(await panel.state('Add address')).toBeUndefined(); // the list is the agency's

    const tracs = new TracsFlow(new PuppeteerPage(await browser.newPage()), demo.url);
    await tracs.open();
    await tracs.selectCase('1000101', 'CSUM');
    await panel.clickTab('Case');
    await panel.expectText(PANEL.screenInfo, caselens.profiles[0]!.title);
    await panel.expectText(PANEL.caseKey, '1000101');
    expect(foreignRequests(requests, demo.url)).toEqual([]);
  } finally {
    await browser.close();
  }
});
