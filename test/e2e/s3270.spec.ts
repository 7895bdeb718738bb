/**
 * A real third-party 3270 front end: Debian's s3270 connected to the demo TN3270 host renders
 * its screens at /3270/screen.html (one <pre> of styled spans, no ids, no inputs, reloaded after
 * each action); the demo server serves that page under the demo origin, and CaseLens reads it
 * with its built-in s3270 profiles: the caseload listing fills the caseload, the household
 * screen reads each member's status.
 */
import { test, expect, foreignRequests } from './fixtures';
import { expectScreen } from './pages';
import { storedCase } from './stored-case';

test("Debian's s3270 over the demo TN3270 host: its caseload page fills the caseload, its household page reads member status", async ({ context, panel, demo, s3270, requests }) => {
  await s3270.act('PF(3)'); // back to the caseload, whatever an earlier test left on the emulator
  const page = await context.newPage();
  await page.goto(`${demo.url}/s3270/3270/screen.html`);
  await expect(page.locator('pre')).toContainText('CASELOAD - WORKER FC0417');
  await expect(page.locator('input')).toHaveCount(0); // s3270's page: text only
  await expectScreen(panel, 'CLST');

  await panel.getByRole('tab', { name: 'Caseload' }).click();
  const status = panel.getByRole('status').filter({ hasText: 'cases' });
  await expect(status).toHaveText('16 cases');
  const row = panel.locator('tr[data-case="OR:1000103"]');
  await expect(row).toContainText('MOCKLEY, DAKOTA');
  await expect(row).toContainText('JOBS');
  await expect(row.getByTestId('listed-only')).toBeVisible();

  // The next page of the listing (PF8 on the emulator, then the page reloaded as s3270 needs).
  await s3270.act('PF(8)');
  await page.reload();
  await expect(page.locator('pre')).toContainText('PAGE 2 OF 2');
  await expect(status).toHaveText(`${demo.state.cases.filter((c) => c.state === 'OR').length} cases`);

  // A case's household: the member who moved out reads as inactive.
  await s3270.act('String(1000103)', 'Enter()');
  await page.reload();
  await expect(page.locator('pre')).toContainText('HOUSEHOLD MEMBERS');
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expectScreen(panel, 'MBRS', '1000103');
  await expect.poll(async () => (await storedCase(panel, 'OR:1000103'))?.facts.household?.map((m) => [m.memberId, m.status])).toEqual([
    ['01', 'active'],
    ['02', 'active'],
    ['03', 'inactive'],
  ]);
  expect((await storedCase(panel, 'OR:1000103'))?.listedOnly).toBeUndefined();
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
