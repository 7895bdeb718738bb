/**
 * The vertical slice in real Chromium: TRACS case plan read, TCM rule checked, the flag field
 * marked, and the side panel listing the finding with its citation and the narration.
 */
import { test, expect, foreignRequests } from './fixtures';
import { Tracs } from './pages';
import { OverlayProbe, expectMark, expectNoMarks } from './overlay';

test('TCM: a 14-year-old parent with the CM flag N is marked; a 13-year-old is not', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();

  await tracs.visitPlan('1000101', panel);
  const overlay = new OverlayProbe(page);
  const mark = await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
  expect(mark.badgeLabel).toContain('Case management flag must be Y');

  const finding = panel.locator('[data-rule-id="or-tcm-flag"]');
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('Release 89');
  await expect(finding).toContainText('Targeted Case Management');
  await expect(panel.locator('[data-narration="case-plan"]')).toContainText('TANF family coach developed case plan with participant.');
  await expect(panel.getByRole('button', { name: /Copy narration/ })).toBeVisible();

  await tracs.pf('PF3');
  await tracs.visitPlan('1000102', panel);
  await expect(panel.getByTestId('case-key')).toContainText('1000102');
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toHaveCount(0);
  await expectNoMarks(overlay, 'main');

  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
