/**
 * The shapes real front ends have, in real Chromium with CaseLens loaded: a frameset whose
 * case number sits in another frame, a terminal emulator that repaints in place, and the
 * legacy pages' own forms and scripts still working with CaseLens present.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, foreignRequests } from './fixtures';
import { Cms, EisTerminal, Tracs, expectScreen } from './pages';
import { OverlayProbe, axeOverlay, expectMark, expectNoMarks } from './overlay';

test('CMS frameset: the screen frame takes its case from the header frame; the page\'s own save still works', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000203');
  await expectScreen(panel, 'FSSP', '2000203');
  await expect(panel.locator('.screen-info')).toContainText('CMS');

  await cms.go('New CLNO');
  await expectScreen(panel, 'CLNONEW', '2000203');
  await cms.content().fill('input[name=title]', 'Contacted regarding childcare issue');
  await cms.content().fill('textarea[name=body]', 'Called client about a childcare gap; referred to thread.');
  await Promise.all([cms.content().waitForNavigation(), cms.content().click('input[value="Save note"]')]);
  await expect(cms.content().locator('.msg')).toHaveText('Client note saved.');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('EIS terminal: a screen that repaints in place is re-read without a page load', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const eis = new EisTerminal(page, demo.url);
  await eis.open();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await eis.transact('REFR', '2000201');
  await expectScreen(panel, 'REFR', '2000201');
  await eis.key('PF8');
  await expectScreen(panel, 'STAT', '2000201');
  await eis.transact('REFR', '2000210');
  await expectScreen(panel, 'REFR', '2000210');
  // Still the same document: the emulator's own script did the repainting, and still works.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('TRACS: the fix is written only on click, never submitted; the page\'s own Enter then updates and the mark goes', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();
  await tracs.visitPlan('1000110', panel);
  const main = tracs.main();
  const overlay = new OverlayProbe(page);
  await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
  await expect(main.locator('input[name=CMFLAG]')).toHaveValue('N');

  await panel.getByRole('button', { name: /Set Case management flag to Y on screen/ }).click();
  await expect(main.locator('input[name=CMFLAG]')).toHaveValue('Y');
  await expect(panel.getByText(/Review it, then submit the screen yourself/)).toBeVisible();
  await expect(main.locator('pre')).not.toContainText('CASE PLAN UPDATED'); // not submitted

  await tracs.pf('ENTER');
  await expect(main.locator('pre')).toContainText('CASE PLAN UPDATED');
  await expectNoMarks(overlay, 'main');
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toHaveCount(0);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('side panel and overlay have no axe violations (WCAG 2.1 AA)', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toBeVisible();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const panelScan = await new AxeBuilder({ page: panel }).withTags(tags).analyze();
  expect(panelScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Only CaseLens's own overlay is ours to answer for on the legacy page. axe does not enter
  // framesets, so open the same screen at the top level (TRACS keeps the case in a cookie).
  const screen = await context.newPage();
  await screen.goto(`${demo.url}/tracs/screen?GOTO=CPLN`);
  const overlay = new OverlayProbe(screen);
  await expectMark(overlay, 'or-tcm-flag', undefined, 'error');
  await overlay.press('or-tcm-flag');
  await expect.poll(async () => (await overlay.mark('or-tcm-flag'))?.popText ?? '').toContain('Targeted Case Management');
  expect(await axeOverlay(context, overlay)).toEqual([]);
});
