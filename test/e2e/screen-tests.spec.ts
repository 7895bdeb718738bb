/**
 * The kit for agency staff, in real Chromium: Screens → "Save this screen as a test" keeps a
 * copy of the open screen with made-up values and what the profile read from it; the exported
 * file passes `caselens-profiles test` and carries none of the screen's own values; Settings
 * shows which profile version read each screen.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, foreignRequests } from './fixtures';
import { Cms, expectScreen } from './pages';

test('Save this screen as a test: synthetic values, what was read, exported, and the profile test command passes on it', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000203');
  await expectScreen(panel, 'FSSP', '2000203');
  const real = demo.state.alaska('2000203')!;

  await panel.getByRole('tab', { name: 'Screens' }).click();
  await panel.getByRole('button', { name: 'Save this screen as a test' }).click();
  await expect(panel.getByTestId('screen-test-status')).toContainText(/Saved "ak-cms-fssp-\d{8}-\d{4}": \d+ values replaced with made-up ones/);
  const row = panel.locator('[data-screen-test^="ak-cms-fssp-"]');
  await expect(row).toContainText('ak-cms-fssp 1.0.0');
  await row.getByText(/facts$/).click();
  await expect(row).toContainText('fssp.goal =');
  await expect(row).not.toContainText(real.fssp.goal!);

  const [download] = await Promise.all([panel.waitForEvent('download'), row.getByRole('button', { name: /^Export/ }).click()]);
  const dir = mkdtempSync(path.join(tmpdir(), 'caselens-screen-test-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^ak-cms-fssp-\d{8}-\d{4}\.screen-test\.json$/);
  const saved = readFileSync(file, 'utf8');
  for (const value of [real.fssp.goal!, real.caseNo, real.client.last]) expect(saved).not.toContain(value);

  const run = spawnSync(process.execPath, ['bin/caselens-profiles.mjs', 'test', dir], { encoding: 'utf8' });
  expect(run.stdout).toContain('1 screen: every one read as expected.');
  expect(run.stdout).toContain('[ak-cms-fssp 1.0.0]');
  expect(run.status).toBe(0);

  // Settings names the profile version each screen was read with.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await expect(panel.locator('[data-read-profile="ak-cms-fssp"]')).toContainText('1.0.0');
  await expect(panel.locator('[data-read-profile="ak-cms-header"]')).toContainText('1.0.0');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
