/**
 * Reading screens CaseLens was not built with: an agency profile imported from a JSON file in
 * Settings (a broken file changes nothing), and a screen taught by clicking its values.
 */
import path from 'node:path';
import { test, expect, foreignRequests } from './fixtures';
import { Cms, expectScreen } from './pages';

const PROFILES = path.resolve('test/fixtures/agency-profiles');

test('Settings imports a profile file; a broken file is refused with the problem named', async ({ context, panel, demo, requests }) => {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const input = panel.getByLabel('Import screen profiles');

  await input.setInputFiles(path.join(PROFILES, 'broken-profile.json'));
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('broken-profile.json was not imported');
  // The technical reason is there for whoever made the file, behind "Details".
  await expect(alert.getByText('"childcare.requestedOn" is not a case fact')).toBeHidden();
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert.getByText(/"childcare.requestedOn" is not a case fact/)).toBeVisible();
  await expect(panel.locator('[data-profile-id]')).toHaveCount(0);

  await input.setInputFiles(path.join(PROFILES, 'ak-cms-childcare.json'));
  await expect(panel.getByTestId('profile-import-status')).toContainText('Imported "CMS childcare authorization (agency profile)"');
  await expect(panel.locator('[data-profile-id="ak-cms-childcare"]')).toBeVisible();

  const page = await context.newPage();
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000211');
  await cms.go('Childcare');
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expectScreen(panel, 'CHILD', '2000211');
  await expect(panel.locator('.read-problems')).toHaveCount(0);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('Teach this screen: click values, name them, preview, save; CaseLens then reads the screen', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/aspire/activities?case=3000302`);
  await expect(panel.getByText('CaseLens does not know this screen yet')).toBeVisible();
  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await expect(panel.getByRole('tab', { name: 'Screens' })).toHaveAttribute('aria-selected', 'true');
  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await expect(panel.getByTestId('teach-status')).toContainText('Teach mode on');

  await page.click('#actCase');
  await expect(panel.locator('[data-capture]')).toHaveCount(1);
  // The state comes from the page (an ASPIRE screen is Maine), not an Oregon default.
  await expect(panel.getByLabel('Jurisdiction')).toHaveValue('ME');
  // Preview before saying what any value is: a plain error, which a later good preview clears.
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('alert')).toContainText('Say what at least one of the values you clicked is.');
  await page.getByText(/^\d\d\/\d\d\/\d{4}$/).click();
  await expect(panel.locator('[data-capture]')).toHaveCount(2);
  await expect(page).toHaveURL(/activities/); // clicks were held back from the page

  await panel.getByLabel('What this value is').nth(0).selectOption('caseNumber');
  await expect(panel.getByLabel('What this value is').nth(0).locator('option:checked')).toHaveText('Case number'); // words, not "caseNumber (text)"
  await panel.getByLabel('Field name').nth(1).fill('Employment plan signed');
  await panel.getByLabel('What this value is').nth(1).selectOption('maine.employmentPlanDate');
  await panel.getByLabel('Screen name').fill('Participant Activities');
  await panel.getByLabel('System').fill('ASPIRE');
  await panel.getByLabel('Screen code').fill('ACT');
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByTestId('teach-preview')).toContainText('3000302');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByTestId('teach-status')).toContainText('Preview below');
  await panel.getByRole('button', { name: 'Save profile' }).click();
  await expect(panel.getByTestId('teach-status')).toContainText('Saved "Participant Activities"');

  await page.reload();
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expectScreen(panel, 'ACT', '3000302');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
