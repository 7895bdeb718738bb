/**
 * The caseload's outputs and words in real Chromium: an empty caseload says how it fills; the
 * CSV export downloads a file whose rows are the cases; the print view keeps the case numbers;
 * rows show the household name the screens gave (hidden by a setting for shared screens); a
 * search takes the state before the number; the review count says what it counts.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, foreignRequests } from './fixtures';
import { visitThreeCases } from './pages';

test('an empty caseload says how it fills', async ({ panel }) => {
  await panel.getByRole('tab', { name: 'Caseload' }).click();
  await expect(panel.getByTestId('caseload-empty')).toContainText('No cases yet');
  await expect(panel.getByTestId('caseload-empty')).toContainText('each time you open a case on a legacy screen');
});

test('caseload: CSV export file, print view, household names (and hiding them), search with the state, review count', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  await visitThreeCases(page, panel, demo.url);

  await panel.getByRole('tab', { name: 'Caseload' }).click();
  const rows = panel.locator('tr[data-case]');
  await expect(rows).toHaveCount(3);

  // The name the TRACS case summary gave: the parent (household member 01).
  const parent = demo.state.oregon('1000101')!.members[0]!;
  const orRow = panel.locator('tr[data-case="OR:1000101"]');
  await expect(orRow.getByTestId('household-name')).toHaveText(`${parent.first} ${parent.last}`.toUpperCase());
  await expect(panel.locator('tr[data-case="AK:2000201"]').getByTestId('household-name')).toHaveCount(0); // no name on that screen: none shown

  // The review count says what it counts (Alaska's monthly review), not the 3 cases listed.
  await expect(panel.getByTestId('review-progress')).toContainText(/of 1 Alaska case reviewed/);
  await expect(panel.getByTestId('review-progress')).toContainText('counts Alaska cases only');

  // Search with the state in front, as the panel writes case numbers.
  for (const search of ['OR 1000101', 'or:1000101', 'OR1000101']) {
    await panel.getByLabel('Case number').fill(search);
    await expect(rows).toHaveCount(1);
    await expect(orRow).toBeVisible();
  }
  await panel.getByLabel('Case number').fill('');
  await expect(rows).toHaveCount(3);

  // CSV export: the file is downloaded, and its rows are the cases.
  await panel.getByRole('button', { name: 'Export CSV…' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Export the caseload as CSV' });
  const [download] = await Promise.all([panel.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^caselens-caseload-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Case,State,Program,Track,Next due,Overdue duties,Open findings,Open duties (due date),Reviewed (month)');
  expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' ')).sort()).toEqual(['1000101 OR', '1000104 OR', '2000201 AK']);
  expect(lines.find((l) => l.startsWith('1000101,'))).toMatch(/^1000101,OR,JOBS,,\d\d\/\d\d\/\d{4},\d+,[1-9]\d*,/);
  expect(lines.find((l) => l.startsWith('2000201,'))).toContain(',AK,,WORK_FIRST,');
  await expect(dialog).toBeHidden();

  // Print view: the case numbers and names are on paper; the controls are not.
  await panel.getByRole('button', { name: 'OR 1000101' }).click();
  await panel.emulateMedia({ media: 'print' });
  for (const key of ['OR:1000101', 'OR:1000104', 'AK:2000201']) {
    await expect(panel.locator(`tr[data-case="${key}"] th`)).toContainText(key.replace(':', ' '));
    await expect(panel.locator(`tr[data-case="${key}"] .case-link`)).toBeVisible();
  }
  await expect(orRow.getByTestId('household-name')).toBeVisible();
  await expect(panel.getByTestId('case-detail')).toBeVisible();
  await expect(panel.getByRole('tablist')).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Export CSV…' })).toBeHidden();
  await expect(panel.getByLabel('Case number')).toBeHidden();
  await panel.emulateMedia({ media: 'screen' });

  // A shared screen: names off in Settings, case numbers only.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const names = panel.getByLabel('Show household names in the caseload');
  await names.click(); // saved to settings, then shown: not a synchronous toggle
  await expect(names).not.toBeChecked();
  await expect(panel.getByText('The caseload shows case numbers only.')).toBeVisible();
  await panel.getByRole('tab', { name: 'Caseload' }).click();
  await expect(rows).toHaveCount(3);
  await expect(panel.getByTestId('household-name')).toHaveCount(0);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
