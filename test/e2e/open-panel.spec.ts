/**
 * A mark's "Open in CaseLens panel" button in Chromium: the click (here Enter on the focused
 * button, a user action like a click) opens CaseLens's side panel for the tab, and no "how to
 * open it" line is shown.
 */
import { test, expect } from './fixtures';
import { Tracs } from './pages';
import { OverlayProbe, expectMark } from './overlay';

const isPanel = (url: string, extensionId: string) => url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`);

test('Open in CaseLens panel opens the side panel for the tab', async ({ context, extensionId, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  const overlay = new OverlayProbe(tracs.page);
  await expectMark(overlay, 'or-tcm-flag', 'main', 'error');
  const panelsBefore = context.pages().filter((p) => isPanel(p.url(), extensionId)).length;

  await overlay.press('or-tcm-flag', 'main');
  await expect.poll(async () => (await overlay.mark('or-tcm-flag', 'main'))?.expanded).toBe(true);
  await overlay.focusOpenPanel('or-tcm-flag', 'main');
  await tracs.page.keyboard.press('Enter');

  await expect.poll(() => context.pages().filter((p) => isPanel(p.url(), extensionId)).length).toBe(panelsBefore + 1);
  expect((await overlay.mark('or-tcm-flag', 'main'))?.openPanelHint).toBe('');
});
