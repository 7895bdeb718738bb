/**
 * The content script in two stages, in real Chromium: a page of the agency's app that no
 * profile can describe (a 1000-row report) gets only the small first stage (no reader, no
 * overlay), until the worker starts teach mode there, which brings the reader; a legacy screen
 * gets the reader and its marks.
 */
import { test, expect, foreignRequests } from './fixtures';
import { OverlayProbe, expectMark } from './overlay';
import { Tracs } from './pages';
import { inContentScript } from './hostile/extension-worlds';

const EXTENSION_NAME = 'CaseLens (demo build)';
/**
 * In CaseLens's world of the page: is the first stage there, and have the reader and its tools
 * (teach mode, screen tests) arrived (their timings kept)?
 */
const stages = `(({ page = {} } = globalThis.caselensPerf ?? {}) => ({ first: typeof caselensFirstStage, reader: !!page['reader-started'], tools: !!page['tools-arrived'] }))()`;

test('a 1000-row page no profile describes gets the first stage only; teach mode brings the reader and its tools; a screen gets the reader at once, without the tools', async ({ context, panel, demo, requests }) => {
  const report = await context.newPage();
  await report.goto(`${demo.url}/bench/caseload-report`);
  await expect(report.locator('tbody tr')).toHaveCount(1000);
  await expect(panel.getByText('CaseLens does not know this screen yet')).toBeVisible();
  expect(await inContentScript(report, EXTENSION_NAME, stages)).toEqual([{ first: 'object', reader: false, tools: false }]);
  expect(await new OverlayProbe(report).hasOverlay()).toBe(false);

  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await expect(panel.getByTestId('teach-status')).toContainText('Teach mode on');
  expect(await inContentScript(report, EXTENSION_NAME, stages)).toEqual([{ first: 'object', reader: true, tools: true }]);
  await panel.getByRole('button', { name: 'Stop teaching' }).click();
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();

  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await expectMark(new OverlayProbe(tracs.page), 'or-tcm-flag', 'main', 'error');
  expect(await inContentScript(tracs.page, EXTENSION_NAME, stages)).toContainEqual({ first: 'object', reader: true, tools: false });
  expect(await inContentScript(tracs.page, EXTENSION_NAME, stages)).not.toContainEqual(expect.objectContaining({ tools: true }));
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
