/**
 * The RMSS survey form in Firefox ESR: CaseLens checks the form live while the worker fills it
 * in (section 3 answered beside section 4 is flagged, and the flag goes once mended), and for
 * a moment policy 000 does not cover the guide says so and recommends nothing.
 */
import { test, expect } from './fixtures';
import { PuppeteerPage } from './puppeteer-driver';
import { foreignRequests } from '../e2e/shared/panel';
import { overlayMarks, shownMarks } from './overlay-probe';

const SECTION_3_WITH_4 = 'rmss:rule:section-4-excludes-section-3:3.A';

test('RMSS: the form overlay flags section 3 answered with section 4 until mended; an uncovered moment gets no recommendation', async ({
  firefox,
  panel,
  demo,
  requests,
}) => {
  const page = await firefox.newPage();
  const form = new PuppeteerPage(page);
  await form.goto(`${demo.url}/rmss/survey?id=RMS-2026-0042`);
  await form.waitFor('#rmssForm');

  await panel.clickTab('RMSS');
  await panel.check('Training');
  await panel.expectText('body', 'The policy does not cover this moment');
  expect(await panel.count('.rmss-recs')).toBe(0);

  // The form's marks are not findings of a case, so the panel does not list them: read the overlay.
  const shown = () => shownMarks(firefox, page.mainFrame());
  await form.click('#s4_4\\.A\\.5');
  await form.click('#s3_3\\.A\\.1');
  await expect.poll(shown).toContain(SECTION_3_WITH_4);
  const mark = (await overlayMarks(firefox, page.mainFrame())).find((m) => m.ruleId === SECTION_3_WITH_4)!;
  expect(mark.severity).toBe('error');
  expect(mark.badgeLabel).toMatch(/section 3/i);
  expect((await shown()).filter((id) => id.startsWith('rmss:recommend:'))).toEqual([]);
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
