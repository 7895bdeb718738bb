/**
 * `npm start`: build CaseLens, start the demo legacy system, open Chromium with CaseLens on it.
 * With a display, the browser stays open for you to try it. Without one (or HEADLESS=1) it
 * runs headless, walks through a TCM case and saves screenshots of the overlay and the side
 * panel, printing where, and a screenshot of every side-panel tab at 360 px wide in
 * docs/screenshots (TAB_SCREENSHOT_DIR to put them elsewhere), the ones the README shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/server';
import { ensureChromium } from './ensure-chromium';
import { extensionIdOf, launchWithExtension, wantsHeadless } from './launch-extension';
import { captureTabs } from './panel-screenshots';

const SHOTS = path.resolve(process.env.SCREENSHOT_DIR ?? 'artifacts/screenshots');

async function main(): Promise<void> {
  ensureChromium();
  if (!process.env.SKIP_BUILD) {
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 4780) });
  console.log(`Demo legacy system (synthetic data): ${demo.url}/`);
  const headless = wantsHeadless();
  const context = await launchWithExtension(await mkdtemp(path.join(tmpdir(), 'caselens-demo-')), { headless });
  const extensionId = await extensionIdOf(context);
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${demo.url}/tracs/`);
  const main = page.frame({ name: 'main' })!;
  await main.waitForSelector('pre.screen3270');
  const panel = await context.newPage();
  await panel.goto(panelUrl);

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
  const tabShots = await captureTabs(panel, 'OR 1000101');
  console.log(`Screenshots saved:\n  ${[overlayShot, panelShot, ...tabShots].join('\n  ')}`);
  await context.close();
  await demo.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
