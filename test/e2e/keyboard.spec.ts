/**
 * The overlay and the panel by keyboard, and marks that follow a repainted screen (issues 12
 * and 14), in real Chromium: an explanation opens one at a time, beside its field and clear of
 * the form's inputs and buttons, and closes with Escape (on the badge or inside) or its Close
 * button, the focus back on the badge; Alt+Shift+M goes to the next mark, also from a frame
 * that has none; "Mark done" keeps the focus with the duty; teach mode works by keyboard; and a
 * terminal repaint moves the marks in the very frame that shows it.
 */
import type { Page } from '@playwright/test';
import { test, expect, foreignRequests } from './fixtures';
import { Tracs, expectScreen } from './pages';
import { OverlayProbe, expectMark } from './overlay';
import { inContentScript } from './hostile/extension-worlds';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const SECTION_3 = 'rmss:rule:section-4-excludes-section-3:3.A';
const TWO_IDS = 'rmss:case-id-count:2-case';

/** The survey form with two mistakes marked: section 3 answered beside section 4, and two case identifiers. */
async function formWithTwoMarks(page: Page, demoUrl: string): Promise<OverlayProbe> {
  await page.goto(`${demoUrl}/rmss/survey?id=RMS-2026-0042`);
  await page.check('#s2_2\\.A\\.2');
  await page.check('#s4_4\\.A\\.5');
  await page.check('#s3_3\\.A\\.1');
  await page.fill('#caseId1', '1000101');
  await page.fill('#caseId2', '1000102');
  const overlay = new OverlayProbe(page);
  await expectMark(overlay, SECTION_3, undefined, 'error');
  await expectMark(overlay, TWO_IDS, undefined, 'error');
  return overlay;
}

test('an explanation opens one at a time, beside its field and clear of the form\'s controls; Escape or Close shuts it, the focus back on the badge', async ({ context, demo, requests }) => {
  const form = await context.newPage();
  const overlay = await formWithTwoMarks(form, demo.url);
  const controls = await form.locator('#rmssForm').locator('input:not([type=hidden]), select, textarea, button').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, name: (el as HTMLInputElement).name || (el as HTMLInputElement).type };
    }),
  );
  expect(controls.some((c) => c.name === 'submit')).toBe(true);

  for (const [id, section] of [[SECTION_3, '3'], [TWO_IDS, '2-case']] as const) {
    await overlay.press(id);
    await expect.poll(async () => (await overlay.mark(id))?.popText ?? '').not.toBe('');
    const pop = (await overlay.box(id, undefined, 'pop'))!;
    const field = (await form.locator(`fieldset[data-section="${section}"]`).boundingBox())!;
    const scroll = await form.evaluate(() => ({ x: scrollX, y: scrollY }));
    expect(overlaps(pop, { ...field, x: field.x + scroll.x, y: field.y + scroll.y }), `${id}: over its own section`).toBe(false);
    const covered = controls.filter((c) => c.width && c.height && overlaps(pop, c)).map((c) => c.name);
    expect(covered, `${id}: covers the form's controls`).toEqual([]);
  }
  // One at a time: opening the second closed the first.
  expect((await overlay.mark(SECTION_3))!.expanded).toBe(false);
  expect((await overlay.mark(SECTION_3))!.popText).toBe('');
  expect((await overlay.mark(TWO_IDS))!.expanded).toBe(true);

  // Escape on the badge closes its explanation; the badge keeps the focus.
  expect(await overlay.focused()).toBe(TWO_IDS);
  await form.keyboard.press('Escape');
  await expect.poll(async () => (await overlay.mark(TWO_IDS))!.expanded).toBe(false);
  expect(await overlay.focused()).toBe(TWO_IDS);

  // Escape from inside the explanation: closed, the focus back on its badge.
  await overlay.press(SECTION_3);
  await expect.poll(async () => (await overlay.mark(SECTION_3))!.expanded).toBe(true);
  await overlay.focusClose(SECTION_3);
  expect(await overlay.focused()).toBeUndefined(); // the focus is inside the explanation, not on a badge
  await form.keyboard.press('Escape');
  await expect.poll(async () => (await overlay.mark(SECTION_3))!.expanded).toBe(false);
  expect(await overlay.focused()).toBe(SECTION_3);

  // The Close button.
  await overlay.press(SECTION_3);
  await expect.poll(async () => (await overlay.mark(SECTION_3))!.expanded).toBe(true);
  await overlay.focusClose(SECTION_3);
  await form.keyboard.press('Enter');
  await expect.poll(async () => (await overlay.mark(SECTION_3))!.expanded).toBe(false);
  expect(await overlay.focused()).toBe(SECTION_3);
  // Nothing of this reached the page's form.
  await expect(form.locator('#caseId2')).toHaveValue('1000102');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('Alt+Shift+M goes to the next mark on the page, in reading order, and round again', async ({ context, demo }) => {
  const form = await context.newPage();
  const overlay = await formWithTwoMarks(form, demo.url);
  await form.locator('#comment').focus();
  await form.keyboard.press('Alt+Shift+M');
  await expect.poll(() => overlay.focused()).toBe(TWO_IDS); // section 2 comes before section 3
  await form.keyboard.press('Alt+Shift+M');
  await expect.poll(() => overlay.focused()).toBe(SECTION_3);
  await form.keyboard.press('Alt+Shift+M');
  await expect.poll(() => overlay.focused()).toBe(TWO_IDS);
  // The key is CaseLens's: the page's field was not typed into.
  await expect(form.locator('#comment')).toHaveValue('');
});

test('Alt+Shift+M on a TRACS frameset goes to the mark in the screen frame, also from the menu frame', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  const overlay = new OverlayProbe(page);
  await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
  await tracs.main().locator('input[name=CMFLAG]').focus();
  await page.keyboard.press('Alt+Shift+M');
  await expect.poll(() => overlay.focused('main')).toBe('or-tcm-flag');
  // From the menu frame (no marks there): the background finds the frame that has them.
  await page.frame({ name: 'menu' })!.locator('body').click();
  expect(await overlay.focused('main')).toBeUndefined();
  await page.keyboard.press('Alt+Shift+M');
  await expect.poll(() => overlay.focused('main')).toBe('or-tcm-flag');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await overlay.mark('or-tcm-flag', 'main'))?.popText ?? '').toContain('Targeted Case Management');
});

test('Mark done keeps the focus with the duty: on the date when the form opens, on Undo mark once saved, on Mark done after Undo', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  const mark = panel.getByRole('button', { name: /^Mark done: / }).first();
  const duty = (await mark.getAttribute('aria-label'))!.replace('Mark done: ', '');
  await mark.focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByLabel('Done on')).toBeFocused();
  // (Tab moves through the date's own month, day and year first.)
  await panel.getByLabel('Note (no client details)').focus();
  await panel.keyboard.type('Confirmed from the case file');
  await panel.keyboard.press('Enter');
  const undo = panel.getByRole('button', { name: `Undo mark: ${duty}` });
  await expect(undo).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: `Mark done: ${duty}` })).toBeFocused();
});

test('teach mode by keyboard: Tab and Shift+Tab move between the values, Enter captures one, Escape stops; the banner says so', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/aspire/activities?case=3000302`);
  await expect(panel.getByText('CaseLens does not know this screen yet')).toBeVisible();
  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await panel.getByRole('button', { name: 'Teach this screen' }).click();
  await expect(panel.getByTestId('teach-status')).toContainText('Teach mode on');
  const overlay = new OverlayProbe(page);
  await expect.poll(() => overlay.banner()).toContain('press Tab and Shift+Tab to move between values and Enter to capture one');
  await page.bringToFront();
  let banner = '';
  for (let i = 0; i < 40 && !banner.includes('“3000302”'); i++) {
    await page.keyboard.press('Tab');
    banner = await overlay.banner();
  }
  expect(banner).toMatch(/^Value \d+ of \d+: “3000302”/);
  // Shift+Tab goes back, Tab forth again.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => overlay.banner()).not.toContain('“3000302”');
  await page.keyboard.press('Tab');
  await expect.poll(() => overlay.banner()).toContain('“3000302”');
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-capture]')).toHaveCount(1);
  await expect(panel.locator('[data-capture]')).toContainText('3000302');
  await expect.poll(() => overlay.banner()).toContain('Captured “3000302”');
  await page.keyboard.press('Escape');
  await expect.poll(() => overlay.banner()).toBe('');
  await expect(panel.getByRole('button', { name: 'Teach this screen' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/activities/); // nothing on the page was followed or submitted
});

test('a terminal repaint moves the marks onto the new fields in the frame that shows it', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/eis/?case=2000210`);
  await expectScreen(panel, 'REFR', '2000210');
  const overlay = new OverlayProbe(page);
  const before = await expectMark(overlay, 'ak-ea-within-30-days', undefined, 'error');
  // The page's own probe: when the emulator has painted, and when the next frame's callbacks ran.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: Array<{ painted: number; frame?: number }> };
    w.frames_ = [];
    const status = document.getElementById('termStatus')!;
    new MutationObserver(() => {
      if (status.textContent !== 'READY') return;
      const f: { painted: number; frame?: number } = { painted: performance.now() };
      w.frames_.push(f);
      requestAnimationFrame(() => (f.frame = performance.now()));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  for (let i = 0; i < 3; i++) {
    await page.fill('#term input[name=case]', '2000210');
    await page.fill('#term input[name=tx]', 'REFR');
    // The typing is read too; let it settle so the frame looked at is the repaint's.
    await page.waitForTimeout(300);
    await page.click('button[data-key=ENTER]');
    await expect(page.locator('#termStatus')).toHaveText('READY');
    await page.waitForFunction(() => (window as unknown as { frames_: Array<{ frame?: number }> }).frames_.at(-1)?.frame);
    const f = await page.evaluate(() => (window as unknown as { frames_: Array<{ painted: number; frame: number }> }).frames_.at(-1)!);
    // When CaseLens last placed its marks, read in its own world of the page (page scripts cannot).
    const [placed] = await inContentScript<number>(page, 'CaseLens (demo build)', '(globalThis.caselensPerf?.page?.["marks-placed"] ?? 0) - performance.timeOrigin');
    // Placed after the paint, and before the page's own callback of the next frame: in that frame.
    expect(placed).toBeGreaterThan(f.painted);
    // (Within the clock's resolution: the page's callback may run in the same tenth of a millisecond.)
    expect(placed).toBeLessThanOrEqual(f.frame + 0.5);
  }
  const after = (await overlay.mark('ak-ea-within-30-days'))!;
  expect(after.hidden).toBe(false);
  expect(after.node).toBe(before.node); // the same mark, moved: its explanation would have stayed open
});
