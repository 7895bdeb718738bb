/**
 * The vertical slice in Firefox ESR: the TRACS case plan read in the demo frameset, the TCM rule
 * checked, the flag field marked on the page (as the overlay reported it), and the side panel
 * listing the finding with its citation and the narration to record.
 */
import { test, expect } from './fixtures';
import { PuppeteerPage, type PuppeteerFrame } from './puppeteer-driver';
import { overlayMarks } from './overlay-probe';
import { TracsFlow } from '../e2e/shared/tracs';
import { PANEL, foreignRequests } from '../e2e/shared/panel';

test('TCM: a 14-year-old parent with the CM flag N is marked and listed; a 13-year-old is not', async ({ firefox, panel, demo, requests }) => {
  const tracs = new TracsFlow(new PuppeteerPage(await firefox.newPage()), demo.url);
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await panel.expectText(PANEL.screenInfo, 'CSUM');
  await panel.expectText(PANEL.caseKey, '1000101');
  await tracs.pf('PF5');
  await panel.expectText(PANEL.screenInfo, 'CPLN');

  const finding = await panel.expectText(PANEL.finding('or-tcm-flag'), 'Release 89');
  expect(finding).toContain('Targeted Case Management');
  await panel.expectText(PANEL.narration('case-plan'), 'TANF family coach developed case plan with participant.');
  // The flag field is marked on the TRACS screen, and the overlay reported it shown to the panel.
  const main = await ((await tracs.main()) as PuppeteerFrame).current();
  await expect.poll(async () => (await overlayMarks(firefox, main)).find((m) => m.ruleId === 'or-tcm-flag' && !m.hidden)?.severity).toBe('error');
  expect((await overlayMarks(firefox, main)).find((m) => m.ruleId === 'or-tcm-flag')!.badgeLabel).toContain('Case management flag must be Y');
  await expect.poll(async () => (await panel.activeContext())?.marks.shown ?? []).toContain('or-tcm-flag');
  expect((await panel.activeContext())?.marks.notShown).not.toContain('or-tcm-flag');
  expect(await panel.count(PANEL.marksNotShown)).toBe(0);

  await tracs.pf('PF3');
  await tracs.selectCase('1000102', 'CSUM');
  await panel.expectText(PANEL.caseKey, '1000102');
  await tracs.pf('PF5');
  await panel.expectText(PANEL.screenInfo, 'CPLN');
  await expect.poll(() => panel.count(PANEL.finding('or-tcm-flag'))).toBe(0);
  await expect.poll(async () => (await panel.activeContext())?.marks.shown ?? ['?']).not.toContain('or-tcm-flag');
  const main2 = await ((await tracs.main()) as PuppeteerFrame).current();
  expect((await overlayMarks(firefox, main2)).filter((m) => !m.hidden).map((m) => m.ruleId)).toEqual([]);

  expect(requests.some((u) => u.startsWith(`${demo.url}/tracs/`))).toBe(true);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
