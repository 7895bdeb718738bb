/**
 * The RMSS survey in Firefox ESR: the side panel's guide for a TCM moment reaches the survey
 * form's overlay by message (policy 000's answers shown beside the form's sections), and the
 * form is checked live while the worker fills it in (section 3 answered beside section 4 is
 * flagged until mended). CaseLens never fills in the form: the test does, as a worker would.
 */
import { test, expect } from './fixtures';
import { PuppeteerPage } from './puppeteer-driver';
import { TracsFlow } from '../e2e/shared/tracs';
import { PANEL, foreignRequests } from '../e2e/shared/panel';
import { overlayMarks, shownMarks } from './overlay-probe';

const SECTION_3_WITH_4 = 'rmss:rule:section-4-excludes-section-3:3.A';

test('RMSS: the guide’s answers for a TCM moment appear beside the form; section 3 answered with section 4 is flagged until mended', async ({
  firefox,
  panel,
  demo,
  requests,
}) => {
  // The case the worker was serving, read from TRACS.
  const tracs = new TracsFlow(new PuppeteerPage(await firefox.newPage()), demo.url);
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await panel.expectText(PANEL.caseKey, '1000101');

  const page = await firefox.newPage();
  const form = new PuppeteerPage(page);
  await form.goto(`${demo.url}/rmss/survey?id=RMS-2026-0042`);
  await form.waitFor('#rmssForm');

  await panel.clickTab('RMSS');
  await panel.check('Case management for a TANF participant');
  await panel.check('Yes, one specific case', 'Was the activity about one specific case?');
  await panel.check('Yes', 'Are you TCM certified?');
  await panel.check('Case 1000101', 'Which case were you serving');
  await panel.expectText('[data-recommendation="1.A"]', '1.A.2 Self-Sufficiency');

  // The guide's result crossed to the form's overlay: a note beside each section it concerns.
  const marks = () => overlayMarks(firefox, page.mainFrame());
  await expect.poll(async () => (await marks()).find((m) => m.ruleId === 'rmss:recommend:1.A')?.badgeLabel ?? '').toContain('1.A.2 Self-Sufficiency');
  const notes = (await marks()).filter((m) => m.ruleId.startsWith('rmss:recommend:') && !m.hidden);
  expect(notes.map((m) => m.ruleId).sort()).toEqual(['rmss:recommend:1.A', 'rmss:recommend:2-case', 'rmss:recommend:2.A', 'rmss:recommend:3.A', 'rmss:recommend:4.A']);
  expect(notes.find((m) => m.ruleId === 'rmss:recommend:2-case')!.badgeLabel).toContain('1000101');
  expect(await page.$$eval('#rmssForm input:checked', (els) => els.length)).toBe(0); // the form is left alone

  // The worker answers section 4, then (against policy) section 3 too.
  const shown = () => shownMarks(firefox, page.mainFrame());
  await form.click('#s4_4\\.A\\.8');
  await form.click('#s3_3\\.A\\.1');
  await expect.poll(shown).toContain(SECTION_3_WITH_4);
  const mark = (await marks()).find((m) => m.ruleId === SECTION_3_WITH_4)!;
  expect(mark.severity).toBe('error');
  expect(mark.badgeLabel).toMatch(/section 3/i);
  expect(await page.$eval('#s3_3\\.A\\.1', (el) => (el as HTMLInputElement).checked)).toBe(true); // the worker's answer, untouched

  // Mended: section 3 cleared (the demo form has no reset; as a page script would, with the event).
  await page.evaluate(() => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="s3"]')];
    for (const r of radios) r.checked = false;
    radios[0]!.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect.poll(shown).not.toContain(SECTION_3_WITH_4);

  expect(requests.some((u) => u.startsWith(`${demo.url}/rmss/`))).toBe(true);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
