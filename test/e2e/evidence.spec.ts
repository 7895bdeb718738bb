/**
 * Statuses that never claim more than CaseLens saw, in real Chromium on the demo TRACS:
 * - a case opened on its case plan first says what it has not seen yet, and which screen to
 *   open, instead of "no problems"; the finding comes once that screen is read;
 * - a flag written by CaseLens but not saved by TRACS stays a finding, shown as "written, not
 *   saved yet", until a saved screen settles it.
 */
import { test, expect } from './fixtures';
import { Tracs, expectScreen } from './pages';
import { OverlayProbe, expectMark } from './overlay';

test('a case opened on its case plan first says what is not seen yet and which screen to open; the finding follows that screen', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.selectCase('1000101', 'CPLN');
  await expectScreen(panel, 'CPLN', '1000101');

  const notSeen = panel.getByTestId('not-yet-seen');
  await expect(notSeen).toBeVisible();
  await expect(notSeen.locator('[data-open-screen="TRACS CSUM"]')).toContainText('Open TRACS CSUM');
  await expect(notSeen.locator('[data-open-screen="TRACS CSUM"]')).toContainText('Case management flag must be Y after a TCM-eligible service');
  await expect(panel.getByTestId('no-findings-yet')).toBeVisible();
  await expect(panel.getByText('No problems found: every rule for this case was checked.')).toHaveCount(0);
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toHaveCount(0);
  // The checklist says the same, as a visible next step.
  const duty = panel.locator('[data-duty="or-tcm-flag"]');
  await expect(duty).toHaveAttribute('data-status', 'unknown');
  await expect(duty.locator('[data-next-step="open"]')).toContainText('TRACS CSUM');
  // Beside the flag on the page: a note that it cannot be checked yet, not a problem.
  const overlay = new OverlayProbe(tracs.page);
  const note = await expectMark(overlay, 'or-tcm-flag', 'main', 'info');
  expect(note.badgeLabel).toContain('Not checked yet');

  await tracs.pf('PF5'); // CSUM: the household and birth dates
  await expectScreen(panel, 'CSUM', '1000101');
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toContainText('parent aged 14');
  await expect(notSeen.locator('[data-open-screen="TRACS CSUM"]')).toHaveCount(0);
  await tracs.pf('PF5'); // back to CPLN: now a problem beside the flag
  await expectScreen(panel, 'CPLN', '1000101');
  await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
});

test('a flag written but not saved stays a finding, shown as written and not saved, until a saved screen settles it', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000110', panel);
  const finding = panel.locator('[data-rule-id="or-tcm-flag"]');
  await expect(finding).toBeVisible();

  await panel.getByRole('button', { name: /Set Case management flag to Y on screen/ }).click();
  await expect(tracs.main().locator('input[name=CMFLAG]')).toHaveValue('Y');
  const pending = panel.getByTestId('pending-writes');
  await expect(pending.locator('[data-pending="casePlan.tcmFlag"]')).toContainText('Case management flag: Y written by CaseLens on TRACS CPLN');
  await expect(finding).toBeVisible(); // the legacy system still holds N
  await expect(finding.locator('.pending-note')).toContainText('not saved yet');
  await expect(panel.locator('[data-duty="or-tcm-flag"]')).toHaveAttribute('data-status', 'action-needed');

  // The worker leaves the screen without Enter (a PF key does not save in TRACS).
  await tracs.pf('PF5');
  await expectScreen(panel, 'CSUM', '1000110');
  await expect(pending.locator('[data-pending="casePlan.tcmFlag"]')).toBeVisible();
  await expect(finding).toBeVisible();
  await panel.getByRole('tab', { name: 'Caseload' }).click();
  await expect(panel.locator('tr[data-case="OR:1000110"]')).not.toContainText('0 findings');
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();

  // Back on the case plan, TRACS shows N: the written value was never saved, so it is gone.
  await tracs.pf('PF5');
  await expectScreen(panel, 'CPLN', '1000110');
  await expect(tracs.main().locator('input[name=CMFLAG]')).toHaveValue('N');
  await expect(pending).toHaveCount(0);
  await expect(finding).toBeVisible();

  // Written and saved with Enter: the next read shows Y saved, and the finding goes.
  await panel.getByRole('button', { name: /Set Case management flag to Y on screen/ }).click();
  await expect(pending).toBeVisible();
  await tracs.pf('ENTER');
  await expect(tracs.main().locator('pre')).toContainText('CASE PLAN UPDATED');
  await expect(finding).toHaveCount(0);
  await expect(pending).toHaveCount(0);
});
