/**
 * CaseLens as a hostile page, another tab or a compromised renderer would try it, in real
 * Chromium with the demo build (which may read the demo system on 127.0.0.1:4780 only):
 * - a look-alike of a real case's screens on another port changes no stored case and gets no overlay;
 * - a srcdoc frame hidden on an unrelated page creates no case;
 * - page scripts cannot read what the marks say, nor take over the overlay by claiming its element;
 * - Insert with two case tabs writes only into the tab the worker looks at, and a request for
 *   another tab is refused with the reason;
 * - a panel request forged in a content script's own world is refused, and extension storage is
 *   closed to that world.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Tracs, expectScreen } from './pages';
import { OverlayProbe, expectMark } from './overlay';
import { HOSTILE_PORT, startHostileServer } from './hostile/hostile-server';
import { inContentScript, storedCase } from './hostile/extension-worlds';

const EXTENSION_NAME = 'CaseLens (demo build)';
const NOT_LEGACY = 'Open a case on a legacy screen';

/** The window and tab ids the panel's window shows for the active tab (as the background published them). */
async function activeContext(panel: Page): Promise<{ windowId: number; tabId: number; docId: string; caseKey?: string }> {
  return panel.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const windowId = (await api.windows.getCurrent()).id!;
    const all = (await api.storage.session.get('activeContexts')).activeContexts as Record<string, { windowId: number; tabId: number; docId: string; caseKey?: string }>;
    return all[String(windowId)]!;
  });
}

test('a look-alike of a real case on another port changes no stored case and gets no overlay', async ({ context, panel, demo }) => {
  const real = new Tracs(await context.newPage(), demo.url);
  await real.open();
  await real.visitPlan('1000101', panel);
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toContainText('parent aged 14');
  const before = await storedCase(panel, 'OR:1000101');
  expect(before).toBeDefined();

  const hostile = await startHostileServer(demo.state.oregon('1000101')!, demo.state.today);
  try {
    const fake = await context.newPage();
    await fake.goto(`${hostile.url}/tracs/csum`);
    await expect(fake.locator('pre')).toContainText('FAKE');
    // The tab the worker looks at now shows no screen CaseLens may read: the panel says so.
    await expect(panel.getByText(NOT_LEGACY)).toBeVisible();
    await fake.goto(`${hostile.url}/tracs/cpln`);
    await expect(fake.locator('pre')).toContainText('CPLN');
    expect(await new OverlayProbe(fake).hasOverlay()).toBe(false);
    expect(await inContentScript(fake, EXTENSION_NAME, '1')).toEqual([]); // CaseLens is not even injected
    const after = await storedCase(panel, 'OR:1000101');
    expect(after).toEqual(before);

    await real.page.bringToFront();
    await expectScreen(panel, 'CPLN', '1000101');
    await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toContainText('parent aged 14');
  } finally {
    await hostile.close();
  }
});

test('a TRACS-like screen in a hidden srcdoc frame of an unrelated page creates no case', async ({ context, panel, demo }) => {
  const hostile = await startHostileServer(demo.state.oregon('1000101')!, demo.state.today);
  try {
    const page = await context.newPage();
    await page.goto(`${hostile.url}/hidden-frame`);
    await expect(page.frameLocator('iframe').locator('pre')).toContainText('ACASE');
    await expect(panel.getByText(NOT_LEGACY)).toBeVisible();
    expect(await inContentScript(page, EXTENSION_NAME, '1')).toEqual([]);
    expect(await storedCase(panel, 'OR:1999999')).toBeUndefined();
    await panel.getByRole('tab', { name: 'Caseload' }).click();
    await expect(panel.locator('tr[data-case]')).toHaveCount(0);
    expect(new URL(page.url()).port).toBe(String(HOSTILE_PORT));
  } finally {
    await hostile.close();
  }
});

test('page scripts cannot read the marks, and a page that claims the overlay\'s element name still gets them', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  // The same screen at the top level, with a page script that defines the element name the
  // overlay used to use and removes any such element it sees.
  const screen = await context.newPage();
  await screen.route('**/tracs/screen?GOTO=CPLN', async (route) => {
    const response = await route.fetch();
    const claim = `<script>
      customElements.define('caselens-overlay', class extends HTMLElement { connectedCallback() { this.remove(); } });
      new MutationObserver(() => document.querySelectorAll('caselens-overlay').forEach((e) => e.remove())).observe(document, { childList: true, subtree: true });
    </script>`;
    await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head>${claim}`) });
  });
  await screen.goto(`${demo.url}/tracs/screen?GOTO=CPLN`);
  const overlay = new OverlayProbe(screen);
  await expectMark(overlay, 'or-tcm-flag', undefined, 'error');
  const seenByPage = await screen.evaluate(() => {
    const host = document.querySelector('[data-caselens-overlay]');
    return { host: !!host, root: host?.shadowRoot ?? null, text: document.body.innerText };
  });
  expect(seenByPage.host).toBe(true);
  expect(seenByPage.root).toBeNull(); // closed: the page cannot open it
  expect(seenByPage.text).not.toContain('Case management flag must be Y');
  expect(seenByPage.text).not.toContain('parent aged 14');
});

test('Insert with two case tabs writes only into the tab the worker looks at; a request for another tab is refused', async ({ context, panel, demo }) => {
  const a = new Tracs(await context.newPage(), demo.url);
  await a.open();
  await a.visitPlan('1000101', panel);
  await a.pf('PF6');
  await expectScreen(panel, 'NARR', '1000101');
  const b = new Tracs(await context.newPage(), demo.url);
  await b.open();
  await b.selectCase('1000103', 'NARR');
  await expectScreen(panel, 'NARR', '1000103');
  const other = await activeContext(panel); // tab B, case 1000103

  // The worker goes back to tab A: the panel follows it, and only A receives the note (before,
  // the tab that published a screen last, B, took it).
  await a.page.bringToFront();
  await expectScreen(panel, 'NARR', '1000101');
  await panel.getByRole('tab', { name: 'Narration' }).click();
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue('or-tcm-service');
  await panel.getByRole('button', { name: 'Insert into screen' }).click();
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
  await expect(a.main().locator('input[name=NARR01]')).toHaveValue('TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.');
  await expect(b.main().locator('input[name=NARR01]')).toHaveValue('');

  // A request naming tab B while the worker looks at A is refused, and says why.
  const refused = await panel.evaluate(async (target) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return api.runtime.sendMessage({ type: 'insert-lines', target, lines: ['WRONG TAB'] });
  }, { windowId: other.windowId, tabId: other.tabId, docId: other.docId, caseKey: other.caseKey });
  expect(refused).toEqual({ ok: false, message: expect.stringContaining('not in the tab you are looking at') });
  await expect(b.main().locator('input[name=NARR01]')).toHaveValue('');
});

test('a panel request forged in a content script\'s world is refused, and extension storage is closed to it', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000110', panel);
  await expect(tracs.main().locator('input[name=CMFLAG]')).toHaveValue('N');
  const target = await activeContext(panel);
  const forged = JSON.stringify({ type: 'set-field', target, fact: 'casePlan.tcmFlag', value: 'Y' });
  const replies = await inContentScript<unknown>(tracs.page, EXTENSION_NAME, `chrome.runtime.sendMessage(${forged})`);
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) expect(reply).toEqual({ ok: false, message: expect.stringContaining('Refused') });
  await expect(tracs.main().locator('input[name=CMFLAG]')).toHaveValue('N');

  const storage = await inContentScript<string>(
    tracs.page,
    EXTENSION_NAME,
    `Promise.all(['session', 'local'].map((area) => Promise.resolve().then(() => chrome.storage[area].get(null)).then(() => area + ': read', (e) => area + ': refused'))).then((r) => r.join(', '))`,
  );
  for (const line of storage) expect(line).toBe('session: refused, local: refused');
});

test('a page never inherits the case of the page before it in the same tab', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await expect(panel.getByTestId('case-key')).toContainText('1000101');
  // Same tab, another page: the RMSS survey form (no case on it).
  await tracs.page.goto(`${demo.url}/rmss/survey?id=RMS-2026-0042`);
  await expect(tracs.page.locator('#rmssForm')).toBeVisible();
  await expect(panel.getByText('CaseLens does not know this screen yet.')).toBeVisible();
  await expect(panel.getByTestId('case-key')).toHaveCount(0);
  await expect(panel.locator('[data-rule-id="or-tcm-flag"]')).toHaveCount(0);
});
