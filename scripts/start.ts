/**
 * `npm start`: build CaseLens, start the demo legacy system, open Chromium with CaseLens on it.
 * With a display, the browser stays open for you to try it. Without one (or HEADLESS=1) it
 * runs headless, walks through a TCM case and saves screenshots of the overlay and the side
 * panel, printing where, and a screenshot of every side-panel tab at 360 px wide in
 * docs/screenshots (TAB_SCREENSHOT_DIR to put them elsewhere), the ones the README shows.
 */
import { buildDemo } from './build-demo';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/server';
import { ensureChromium } from './ensure-browsers';
import { closeFirstRunPage, extensionIdOf, launchWithExtension, waitForContentScript, wantsHeadless } from './launch-extension';
import { DEMO_PORT } from '../lib/origins/demo';
import { captureTabs } from './panel-screenshots';
import { OverlayProbe } from './overlay-probe';

const SHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots');

async function main(): Promise<void> {
  ensureChromium();
  if (!process.env.SKIP_BUILD) {
    // The demo build: the store build plus the demo system's origin (wxt.config.ts).
    const status = buildDemo();
    if (status !== 0) process.exit(status);
  }
  // The demo build reads the demo system on this one origin only.
  const demo = await startDemoServer({ port: DEMO_PORT });
  console.log(`Demo legacy system (synthetic data): ${demo.url}/`);
  const headless = wantsHeadless();
  const context = await launchWithExtension(await mkdtemp(path.join(tmpdir(), 'caselens-demo-')), { headless });
  const extensionId = await extensionIdOf(context);
  await waitForContentScript(context);
  // The first-run page opened on install; the walk-through goes on in tabs of its own.
  if (headless) await closeFirstRunPage(context);
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;

  // The panel follows the tab the worker is looking at: open it first, then the legacy system.
  const panel = context.pages()[0] ?? (await context.newPage());
  await panel.goto(panelUrl);
  const page = await context.newPage();
  await page.goto(`${demo.url}/tracs/`);
  const main = page.frame({ name: 'main' })!;
  await main.waitForSelector('pre.screen3270');

  // A family coach opens case 1000101 (a parent aged 14) and goes to the case plan.
  await main.fill('input[name=CASENO]', '1000101');
  await main.fill('input[name=GOTO]', 'CSUM');
  await Promise.all([main.waitForNavigation(), main.click('input[name=PFKEY][value=ENTER]')]);
  await panel.locator('.screen-info').getByText('CSUM').waitFor();
  await Promise.all([main.waitForNavigation(), main.click('input[name=PFKEY][value=PF5]')]);
  await panel.locator('[data-rule-id="or-tcm-flag"]').waitFor();
  // Open the mark's explanation, as a worker would (the overlay is in a closed shadow root).
  const overlay = new OverlayProbe(page);
  for (let i = 0; i < 50 && !(await overlay.mark('or-tcm-flag', 'main')); i++) await new Promise((r) => setTimeout(r, 100));
  await overlay.press('or-tcm-flag', 'main');

  if (!headless) {
    await page.bringToFront();
    console.log(`CaseLens is loaded. The side panel page is open in a tab (${panelUrl});\nthe toolbar button opens it as a side panel. Press Ctrl+C to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await demo.close();
    return;
  }
  await mkdir(SHOTS, { recursive: true });
  const overlayShot = path.join(SHOTS, 'overlay-tracs-case-plan.png');
  const panelShot = path.join(SHOTS, 'side-panel.png');
  await page.setViewportSize({ width: 1000, height: 620 });
  await page.screenshot({ path: overlayShot });
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.screenshot({ path: panelShot, fullPage: true });
  const tabShots = await captureTabs(panel, 'OR 1000101');
  console.log(`Screenshots saved:\n  ${[overlayShot, panelShot, ...tabShots].join('\n  ')}`);
  await context.close();
  await demo.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
