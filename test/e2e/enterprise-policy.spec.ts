/**
 * Enterprise policy in real Chromium, from the example an agency copies
 * (docs/deployment/chrome-edge-caselens-policy.json): written as a real managed-policy file,
 * Chromium hands every value to CaseLens unchanged (the managed schema drops nothing), the
 * Settings tab shows them locked and says the agency set them, the pushed policy pack is in force,
 * and the agency's screen profile
 * and hosts take effect on the (demo) legacy system.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, closeFirstRunPage, extensionIdOf, foreignRequests, launchWithExtension, serviceWorkerOf, waitForContentScript } from './fixtures';
import { Tracs } from './pages';
import { PANEL } from './shared/panel';
import { chromePolicyForDemo, demoHostPattern, lockedNames } from './shared/deployment-examples';
import { writePolicyFile } from './shared/privileged-files';

/** Chromium on Linux reads every JSON file here as mandatory policy. */
const POLICY_FILE = '/etc/chromium/policies/managed/caselens-e2e.json';

// The policy file is a fixture: its teardown removes it even after a timeout, so no other test
// (or run) starts a Chromium under this policy.
const test = base.extend<{ policy: ReturnType<typeof chromePolicyForDemo> }>({
  policy: async ({}, use) => {
    const policy = chromePolicyForDemo();
    const written = await writePolicyFile(POLICY_FILE, policy.file);
    try {
      await use(policy);
    } finally {
      await written.remove();
    }
  },
});

test('the example policy file: values reach CaseLens intact, show locked in Settings, and the agency profile reads the screen', async ({ demo, policy }) => {
  const { caselens } = policy;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'caselens-policy-'));
  try {
    const context = await launchWithExtension(userDataDir);
    try {
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      await waitForContentScript(context);
      await closeFirstRunPage(context);
      const worker = await serviceWorkerOf(context);
      // Everything in the file arrives: nothing dropped by the managed schema (the bug it fixes).
      await expect
        .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null)), {
          timeout: 15_000,
        })
        .toEqual(caselens);

      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${await extensionIdOf(context)}/sidepanel.html`);
      await panel.getByRole('tab', { name: 'Settings' }).click();
      const notice = panel.locator(PANEL.managedNotice);
      for (const name of lockedNames(caselens)) await expect(notice).toContainText(name);
      await expect(notice).toContainText('cannot be changed here');
      const retention = panel.getByLabel('Forget cases not seen for (days)');
      await expect(retention).toHaveValue('60');
      await expect(retention).toBeDisabled();
      await expect(panel.getByText('Set by your agency.', { exact: true })).toBeVisible();
      await expect(panel.getByLabel('Daily summary of duties due and overdue')).toBeDisabled();
      const names = panel.getByLabel('Show household names in the caseload');
      await expect(names).not.toBeChecked();
      await expect(names).toBeDisabled();
      const host = panel.locator(`[data-host="${demoHostPattern('chromium')}"]`);
      await expect(host).toContainText('access granted');
      await expect(panel.getByLabel('Add address')).toHaveCount(0); // the list is the agency's
      // The policy pack pushed as JSON text is checked and in force, marked as the agency's.
      const pushedPack = panel.locator('[data-pack="ak-office-closures-2026"]');
      await expect(pushedPack).toContainText('(enterprise policy)');
      await expect(pushedPack.getByRole('button')).toHaveCount(0); // only imported packs can be removed

      // The agency's profile (bound to its host by the policy) is the one reading TRACS CSUM.
      const page = await context.newPage();
      const tracs = new Tracs(page, demo.url);
      await tracs.open();
      await tracs.selectCase('1000101', 'CSUM');
      await panel.getByRole('tab', { name: 'Case', exact: true }).click();
      await expect(panel.locator(PANEL.screenInfo)).toContainText(caselens.profiles[0]!.title);
      await expect(panel.locator(PANEL.caseKey)).toContainText('1000101');
      expect(foreignRequests(requests, demo.url)).toEqual([]);
    } finally {
      await context.close();
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
});
