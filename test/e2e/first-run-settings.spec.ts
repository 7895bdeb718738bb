/**
 * A new worker's first minutes and the data they take away: the first-run page (what CaseLens
 * does, how to open the panel, data stays local; keyboard only; axe clean in both schemes),
 * reachable again from Settings; "Export my data" warns before saving names and birth dates;
 * a broken settings file is refused in plain words with the detail behind "Details".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, closeFirstRunPage, launchWithExtension } from './fixtures';
import { axeViolations } from './panel-tabs';

test('a fresh install opens the first-run page by itself; a restart of the same profile does not', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'caselens-first-run-'));
  try {
    const first = await launchWithExtension(dir);
    expect(await closeFirstRunPage(first)).toBe(true);
    await first.close();
    const again = await launchWithExtension(dir);
    expect(await closeFirstRunPage(again, 3000)).toBe(false);
    await again.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('first-run page: says what CaseLens does, how to open the panel, that data stays local; keyboard dismissable; axe clean', async ({ context, extensionId, panel }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to CaseLens');
  await expect(page.getByRole('region', { name: 'What it does' })).toContainText('marks what is wrong or missing');
  await expect(page.getByRole('region', { name: 'How to open the side panel' })).toContainText('CaseLens button in the browser toolbar');
  await expect(page.getByRole('region', { name: 'How to open the side panel' }).locator('kbd')).toHaveText('Alt+Shift+N');
  await expect(page.getByRole('region', { name: 'Your data stays here' })).toContainText('Case data never leaves this browser');
  await expect(page.getByRole('region', { name: 'Your data stays here' })).toContainText('90 days');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), scheme).toEqual([]);
  }

  // Keyboard only: Tab reaches "Got it", Enter closes the page.
  const gotIt = page.getByRole('button', { name: 'Got it, close this page' });
  for (let i = 0; i < 10 && !(await gotIt.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(gotIt).toBeFocused();
  const closed = page.waitForEvent('close');
  await page.keyboard.press('Enter').catch(() => {}); // the page may close before the key press returns
  await closed;
  expect(page.isClosed()).toBe(true);

  // And back again from the side panel's Settings.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await expect(panel.getByRole('link', { name: 'First steps with CaseLens' })).toHaveAttribute('href', `chrome-extension://${extensionId}/welcome.html`);
});

test('Export my data warns about names and birth dates first; Cancel saves nothing', async ({ panel }) => {
  const downloads: string[] = [];
  panel.on('download', (d) => downloads.push(d.suggestedFilename()));
  await panel.getByRole('tab', { name: 'Settings' }).click();

  await panel.getByRole('button', { name: 'Export my data…' }).click();
  const dialog = panel.getByRole('dialog');
  await expect(dialog).toContainText('names, birth dates');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(downloads).toEqual([]);

  await panel.getByRole('button', { name: 'Export my data…' }).click();
  const [download] = await Promise.all([panel.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the file' }).click()]);
  expect(download.suggestedFilename()).toBe('caselens-my-data.json');
  await expect(panel.getByTestId('data-status')).toContainText('keep it safe');
});

test('a broken settings file is refused in plain words; the technical reason is behind Details', async ({ panel }) => {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Import settings').setInputFiles({
    name: 'agency-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ kind: 'caselens-settings', settings: { retentionDays: 'ninety' } })),
  });
  const alert = panel.getByTestId('settings-import-status');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('agency-settings.json was not imported');
  await expect(alert.getByText(/retentionDays/)).toBeHidden();
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert.getByText(/retentionDays/)).toBeVisible();
});
