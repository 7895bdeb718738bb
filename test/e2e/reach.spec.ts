/**
 * The screen kinds profile format 2 reaches, in real Chromium: a 1000-row caseload listing
 * fills the caseload without opening a case; a GridView whose postbacks change the detail panel
 * keeps every note read before; an agency's own survey form, bound by a profile it imports,
 * gets the RMSS checks.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, foreignRequests } from './fixtures';
import { Cms, expectScreen } from './pages';
import { OverlayProbe, expectMark, expectNoMarks } from './overlay';
import { storedCase } from './stored-case';

const bodies = async (panel: Page, caseKey: string) => ((await storedCase(panel, caseKey))?.facts.clnos ?? []).filter((n) => n.body).map((n) => n.title).sort();

test('a 1000-row caseload listing fills the caseload with every case, marked as listed until its own screens are read', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/cms/caseload`);
  await expect(page.locator('table.caseload tbody tr')).toHaveCount(1000);
  await expectScreen(panel, 'CASELOAD');

  await panel.getByRole('tab', { name: 'Caseload' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'cases' })).toHaveText('1000 cases', { timeout: 30_000 });
  await panel.getByLabel('Case number').fill('2000222');
  const row = panel.locator('tr[data-case="AK:2000222"]');
  await expect(row).toContainText('PLACEHOLD, GRAY');
  await expect(row.getByTestId('listed-only')).toBeVisible();
  await expect(row).toContainText('families first');

  // Opening the case's own screen makes it a case CaseLens has read.
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000222');
  await cms.go('FF Documents');
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expectScreen(panel, 'FF', '2000222');
  await panel.getByRole('tab', { name: 'Caseload' }).click();
  await panel.getByLabel('Case number').fill('2000222');
  await expect(panel.locator('tr[data-case="AK:2000222"]')).toBeVisible();
  await expect(panel.locator('tr[data-case="AK:2000222"]').getByTestId('listed-only')).toHaveCount(0);
  expect((await storedCase(panel, 'AK:2000222'))?.listedOnly).toBeUndefined();
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('a GridView postback that changes the detail panel keeps the notes read before', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000211');
  await cms.go('Case Notes');
  await expectScreen(panel, 'NOTES', '2000211');
  const notes = [...demo.state.alaska('2000211')!.clnos].sort((a, b) => b.date.localeCompare(a.date));
  await expect.poll(() => bodies(panel, 'AK:2000211')).toEqual([notes[0]!.title]);

  // Select the third note: the whole page posts back and comes back with that note below.
  const frame = cms.content();
  await Promise.all([frame.waitForNavigation(), frame.locator('table.gridview a', { hasText: 'Select' }).nth(2).click()]);
  await expect(frame.locator('table.detailsview')).toContainText(notes[2]!.body);
  await expect.poll(() => bodies(panel, 'AK:2000211')).toEqual([notes[0]!.title, notes[2]!.title].sort());

  // The next page of the grid: its titles join the notes known, the bodies read stay.
  await Promise.all([frame.waitForNavigation(), frame.locator('tr.pager a', { hasText: '2' }).click()]);
  await expect.poll(async () => (await storedCase(panel, 'AK:2000211'))?.facts.clnos?.length).toBe(notes.length);
  expect(await bodies(panel, 'AK:2000211')).toEqual(expect.arrayContaining([notes[0]!.title, notes[2]!.title]));
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test("an agency's own survey form, bound by a profile it imports, gets the RMSS checks", async ({ context, panel, demo, requests }) => {
  const form = await context.newPage();
  await form.goto(`${demo.url}/agency/time-study`);
  await form.selectOption('#ELIGACT', 'INT');
  await form.selectOption('#NONELIGACT', 'TCM');
  const overlay = new OverlayProbe(form);
  // CaseLens knows no survey on this page yet: nothing is marked.
  await expect.poll(async () => (await overlay.marks()).length).toBe(0);

  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Import screen profiles').setInputFiles(path.resolve('test/fixtures/agency-profiles/or-agency-time-study.json'));
  await expect(panel.getByTestId('profile-import-status')).toContainText('Imported "DHS employee time study (agency form)"');
  await expect(panel.locator('[data-profile-id="or-agency-time-study"]')).toContainText('2026.11.1');

  // The open form is checked at once: section 3 answered while section 4 is.
  const section3 = 'rmss:rule:section-4-excludes-section-3:3.A';
  await expectMark(overlay, section3, undefined, 'error');
  await form.check('input[name=CASETYPE][value=CS]');
  await form.fill('input[name=CASENO1]', '1000101');
  await form.fill('input[name=CASENO2]', '1000102');
  await expectMark(overlay, 'rmss:case-id-count:2-case', undefined, 'error');
  await form.fill('input[name=CASENO2]', '');
  await form.selectOption('#ELIGACT', '');
  await expectNoMarks(overlay, undefined, (id) => id === section3 || id === 'rmss:case-id-count:2-case');
  await expect(form.locator('#tsForm [data-caselens-overlay]')).toHaveCount(0);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
