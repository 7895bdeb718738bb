/**
 * A mark's "Open in CaseLens panel" button in Chromium: pressing it (Enter on the focused
 * button, a user action like a click) either opens CaseLens's side panel for the tab or, where
 * the browser refuses `sidePanel.open` (headless Chromium here does: it has no side panel to
 * show), says how to open CaseLens. Never nothing. Which of the two happened is recorded.
 */
import { test, expect } from './fixtures';
import { Tracs } from './pages';
import { OverlayProbe, expectMark } from './overlay';

const HOW_TO_OPEN = 'Open CaseLens with its button in the toolbar, or press Alt+Shift+N.';

test('Open in CaseLens panel opens the side panel, or says how to open it when the browser refuses', async ({ context, extensionId, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  const overlay = new OverlayProbe(tracs.page);
  await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
  expect((await overlay.mark('or-tcm-flag', 'main'))?.openPanelHint).toBe('');
  const panels = () => context.pages().filter((p) => p.url().startsWith(`chrome-extension://${extensionId}/sidepanel.html`)).length;
  const before = panels();

  await overlay.press('or-tcm-flag', 'main');
  await expect.poll(async () => (await overlay.mark('or-tcm-flag', 'main'))?.expanded).toBe(true);
  await overlay.focusOpenPanel('or-tcm-flag', 'main');
  await tracs.page.keyboard.press('Enter');

  const outcome = async () => {
    const hint = (await overlay.mark('or-tcm-flag', 'main'))?.openPanelHint;
    if (panels() > before) return hint === '' ? 'panel opened' : 'panel opened, but a hint shown';
    return hint === HOW_TO_OPEN ? 'browser refused; how to open it shown' : 'nothing yet';
  };
  await expect.poll(outcome).toMatch(/^(panel opened|browser refused; how to open it shown)$/);
  test.info().annotations.push({ type: 'outcome', description: await outcome() });
});
