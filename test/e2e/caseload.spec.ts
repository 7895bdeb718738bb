/**
 * Checklists and the caseload in real Chromium: visiting a few cases' screens fills the
 * caseload, an overdue duty shows as overdue with its citation, and marking it done by hand
 * survives a browser restart.
 */
import { test, expect, foreignRequests, launchWithExtension, extensionIdOf, waitForContentScript } from './fixtures';
import { Cms, expectScreen, visitThreeCases } from './pages';

test('visiting cases fills the caseload; an overdue duty is marked done and stays done after a restart', async ({ context, userDataDir, panel, demo, requests }) => {
  const page = await context.newPage();
  await visitThreeCases(page, panel, demo.url);
  // The contact would be in the client notes: until CaseLens has seen them, the duty is unknown, not overdue.
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000201');
  await cms.go('Client Notes');
  await expectScreen(panel, 'CLNO', '2000201');

  await panel.getByRole('tab', { name: 'Caseload' }).click();
  const rows = panel.locator('tr[data-case]');
  await expect(rows).toHaveCount(3);
  await expect(panel.locator('tr[data-case="AK:2000201"]')).toContainText('overdue since');

  await panel.getByLabel('Show').selectOption('overdue');
  await expect(panel.locator('tr[data-case="AK:2000201"]')).toBeVisible();
  await panel.getByLabel('Case number').fill('10001');
  await expect(rows).toHaveCount(0); // 1000101 and 1000104 have nothing overdue
  await panel.getByLabel('Case number').fill('');
  await panel.getByLabel('Show').selectOption('all');

  await panel.getByRole('button', { name: 'AK 2000201' }).click();
  const detail = panel.getByTestId('case-detail');
  const duty = detail.locator('[data-duty="ak-initial-contact"]');
  await expect(duty).toHaveAttribute('data-status', 'overdue');
  await duty.getByText('Why and policy').click();
  await expect(duty).toContainText('Alaska DPAWS Case Management Expectations');
  await expect(detail.locator('[data-rule-id="ak-initial-contact"]')).toContainText('All staff §2 Initial Engagement');

  await duty.getByRole('button', { name: /Mark done/ }).click();
  await duty.getByLabel('Note (no client details)').fill('Reached by phone; note entered late');
  await duty.getByRole('button', { name: 'Save' }).click();
  await expect(duty).toHaveAttribute('data-status', 'done');
  await expect(duty).toContainText('Marked done by hand: Reached by phone');
  await expect(panel.locator('tr[data-case="AK:2000201"]')).not.toContainText('overdue since');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
  await context.close();

  const again = await launchWithExtension(userDataDir);
  try {
    await waitForContentScript(again);
    const panel2 = await again.newPage();
    await panel2.goto(`chrome-extension://${await extensionIdOf(again)}/sidepanel.html`);
    await panel2.getByRole('tab', { name: 'Caseload' }).click();
    await expect(panel2.locator('tr[data-case]')).toHaveCount(3);
    await panel2.getByRole('button', { name: 'AK 2000201' }).click();
    const duty2 = panel2.getByTestId('case-detail').locator('[data-duty="ak-initial-contact"]');
    await expect(duty2).toHaveAttribute('data-status', 'done');
    await expect(duty2).toContainText('Marked done by hand');
  } finally {
    await again.close();
  }
});
