/**
 * A mark's "Open in CaseLens panel" button in Firefox: Firefox opens its sidebar only from its own
 * controls, so the button cannot open it from the page; the explanation then says how to open
 * CaseLens (its toolbar button, or Alt+Shift+N) instead of doing nothing. All by keyboard, as a
 * worker would: Alt+Shift+M to the mark, Enter, Tab to the button, Enter.
 */
import { test, expect } from './fixtures';
import { PuppeteerPage, type PuppeteerFrame } from './puppeteer-driver';
import { overlayMarks } from './overlay-probe';
import { TracsFlow } from '../e2e/shared/tracs';
import { PANEL } from '../e2e/shared/panel';

test('Open in CaseLens panel: Firefox will not open the sidebar from a page, and the explanation says how to open it', async ({ firefox, panel, demo }) => {
  const page = await firefox.newPage();
  const tracs = new TracsFlow(new PuppeteerPage(page), demo.url);
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await tracs.pf('PF5');
  await panel.expectText(PANEL.screenInfo, 'CPLN');
  const main = await ((await tracs.main()) as PuppeteerFrame).current();
  await expect.poll(async () => (await overlayMarks(firefox, main)).find((m) => m.ruleId === 'or-tcm-flag' && !m.hidden)?.severity).toBe('error');
  expect((await overlayMarks(firefox, main)).find((m) => m.ruleId === 'or-tcm-flag')!.openPanelHint).toBe('');

  // Into the screen, then Alt+Shift+M to the mark's badge, Enter to open its explanation.
  await main.$eval('input', (el) => (el as HTMLInputElement).focus());
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyM');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await page.keyboard.press('Enter');
  // Tab past the Close button to "Open in CaseLens panel", and press it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await overlayMarks(firefox, main)).find((m) => m.ruleId === 'or-tcm-flag')?.openPanelHint)
    .toBe('Open CaseLens with its button in the toolbar, or press Alt+Shift+N.');
});
