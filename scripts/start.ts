/**
 * `npm start`: build CaseLens, start the demo legacy system, open Chromium with CaseLens on it.
 * With a display, the browser stays open for you to try it. Without one (or HEADLESS=1) it
 * runs headless, walks through a TCM case and saves screenshots of the overlay and the side
 * panel, printing where.
 */
import { buildDemo } from './build-demo';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/server';
import { ensureChromium } from './ensure-chromium';
import { extensionIdOf, launchWithExtension, waitForContentScript, wantsHeadless } from './launch-extension';
import { DEMO_PORT } from '../lib/origins/demo';

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
  await main.locator('[data-caselens-finding="or-tcm-flag"] button').first().click();

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
  console.log(`Screenshots saved:\n  ${overlayShot}\n  ${panelShot}`);
  await context.close();
  await demo.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
