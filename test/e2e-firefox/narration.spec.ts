/**
 * The narration studio in Firefox ESR: the TCM narration inserted into TRACS's 72-column lines
 * and undone, and a draft that survives closing and relaunching Firefox on the same profile.
 */
import { test, expect, logRequests, panelOf } from './fixtures';
import { PuppeteerPage } from './puppeteer-driver';
import { TRACS, TracsFlow } from '../e2e/shared/tracs';
import { PANEL, foreignRequests } from '../e2e/shared/panel';
import { installCaseLens, launchFirefox } from '../../scripts/launch-firefox';
import type { FirefoxPanel } from './panel';

async function expectScreen(panel: FirefoxPanel, screen: string, caseNo: string): Promise<void> {
  await panel.expectText(PANEL.screenInfo, screen);
  await panel.expectText(PANEL.caseKey, caseNo);
}

test('TCM narration: inserted into the 72-column lines on a click, Undo restores', async ({ firefox, panel, demo, requests }) => {
  const tracs = new TracsFlow(new PuppeteerPage(await firefox.newPage()), demo.url);
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await expectScreen(panel, 'CSUM', '1000101');
  await tracs.pf('PF5');
  await expectScreen(panel, 'CPLN', '1000101');
  await tracs.pf('PF6');
  await expectScreen(panel, 'NARR', '1000101');

  await panel.clickTab('Narration');
  await expect.poll(() => panel.value('Template')).toBe('or-tcm-service');
  await expect.poll(() => panel.value('Service provided')).toBe('case-plan');
  await panel.expectText('[data-testid="fit-preview"]', 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.');

  await panel.clickButton('Insert into screen');
  const main = await tracs.main();
  await expect.poll(() => main.value(TRACS.narrationLine(1))).toBe('TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.');
  expect(await main.value(TRACS.narrationLine(2))).toBe('');
  await panel.expectText('[data-testid="insert-status"]', 'Inserted 1 line');
  expect(await main.text('pre')).not.toContain('NARRATION SAVED'); // never submitted

  await panel.clickButton('Undo insert');
  await expect.poll(() => main.value(TRACS.narrationLine(1))).toBe('');

  expect(requests.some((u) => u.startsWith(demo.url))).toBe(true);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('a draft typed survives closing Firefox and relaunching it on the same profile', async ({ firefox, profileDir, panel, demo }) => {
  const tracs = new TracsFlow(new PuppeteerPage(await firefox.newPage()), demo.url);
  await tracs.open();
  await tracs.selectCase('1000103', 'NARR');
  await expectScreen(panel, 'NARR', '1000103');
  await panel.clickTab('Narration');
  await panel.select('Template', 'or-re-engagement');
  const note = 'Draft kept across a restart: participant asked for re-engagement after disagreeing with the plan.';
  await panel.fill('Note (you can edit it)', note);
  await panel.expectText('body', 'Draft saved');
  await firefox.close();

  const again = await launchFirefox({ userDataDir: profileDir });
  try {
    const requests: string[] = [];
    logRequests(again, requests);
    await installCaseLens(again);
    const panel2 = await panelOf(again);
    const tracs2 = new TracsFlow(new PuppeteerPage(await again.newPage()), demo.url);
    await tracs2.open();
    await tracs2.selectCase('1000103', 'NARR');
    await expectScreen(panel2, 'NARR', '1000103');
    await panel2.clickTab('Narration');
    await expect.poll(() => panel2.value('Template')).toBe('or-re-engagement');
    await expect.poll(() => panel2.value('Note (you can edit it)')).toBe(note);
    expect(foreignRequests(requests, demo.url)).toEqual([]);
  } finally {
    await again.close();
  }
});
