/**
 * Playwright fixtures: the built extension loaded into Debian's Chromium (headless unless a
 * display is present), the demo legacy system on a local port, the extension id from its
 * service worker, and a log of every request the browser context makes.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { startS3270Demo, type S3270Demo } from '../../demo/tn3270/s3270';
import { DEMO_PORT } from '../../lib/origins/demo';
import { closeFirstRunPage, extensionIdOf, launchWithExtension, serviceWorkerOf, waitForContentScript } from '../../scripts/launch-extension';
import { foreignRequests } from './shared/panel';

export { closeFirstRunPage, extensionIdOf, foreignRequests, launchWithExtension, serviceWorkerOf, waitForContentScript };

type Fixtures = {
  demoState: void;
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  requests: string[];
  panel: Page;
};
type WorkerFixtures = { demo: DemoServer; s3270: S3270Demo };

export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      // The demo build may read the demo system on its own origin only (127.0.0.1:4780).
      const demo = await startDemoServer({ port: DEMO_PORT });
      await use(demo);
      await demo.close();
    },
    { scope: 'worker' },
  ],
  // Debian's s3270 on the demo TN3270 host, its screen page served under the demo origin: started
  // only for the tests that use it (its web server takes actions from anyone who can reach it).
  s3270: [
    async ({ demo }, use) => {
      const s3270 = await startS3270Demo(() => demo.state);
      demo.proxyS3270(s3270.url);
      await use(s3270);
      demo.proxyS3270(undefined);
      await s3270.close();
    },
    { scope: 'worker' },
  ],
  // Every test starts from the demo cases as built: a test that saves a screen changes the
  // demo system's memory, and the next test must not see it.
  demoState: [
    async ({ demo }, use) => {
      demo.reset();
      await use();
    },
    { auto: true },
  ],
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caselens-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ userDataDir, requests }, use) => {
    const context = await launchWithExtension(userDataDir);
    context.on('request', (r) => requests.push(r.url()));
    await waitForContentScript(context);
    // The fresh install opened the first-run page (first-run-settings.spec.ts checks it opens):
    // close it so the tab the test opens next is the one the worker looks at.
    await closeFirstRunPage(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  panel: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await use(page);
  },
});

export const expect = test.expect;
