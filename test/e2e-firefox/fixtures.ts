/**
 * Playwright Test fixtures for the Firefox suite: Debian's Firefox ESR driven by puppeteer-core
 * over WebDriver BiDi (scripts/launch-firefox.ts), the demo build installed as a temporary
 * add-on, its side panel's page in the first tab, the demo legacy system on its port, and a log
 * of every request the browser's tabs make.
 */
import { test as base } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { DEMO_PORT } from '../../lib/origins/demo';
import { installCaseLens, launchFirefox, openPanel } from '../../scripts/launch-firefox';
import { FirefoxPanel } from './panel';
import { eventually } from './puppeteer-driver';

type Fixtures = {
  /** Firefox preferences a test adds (test.use({ extraPrefs })). */
  extraPrefs: Record<string, unknown>;
  profileDir: string;
  requests: string[];
  firefox: Browser;
  panel: FirefoxPanel;
};
type WorkerFixtures = { demo: DemoServer };

/** Logs the URL of every request of every tab, present and future. */
export function logRequests(browser: Browser, requests: string[]): void {
  const watch = (page: Page | null) => page?.on('request', (r) => void requests.push(r.url()));
  void browser.pages().then((pages) => pages.forEach(watch));
  browser.on('targetcreated', (target: { page(): Promise<Page | null> }) => void target.page().then(watch, () => {}));
}

/**
 * The panel's page in the browser's first tab, once CaseLens has registered its content script
 * and its first-run tab (opened on install) is closed, so the next tab opened is the one the
 * worker looks at.
 */
export async function panelOf(browser: Browser): Promise<FirefoxPanel> {
  const [first] = await browser.pages();
  const panel = new FirefoxPanel(await openPanel(first!));
  await eventually('CaseLens registered its content script', () =>
    panel.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      return (await api.scripting.getRegisteredContentScripts()).length > 0 || undefined;
    }),
  );
  await closeFirstRun(panel);
  return panel;
}

/** Closes CaseLens's first-run tab if the install opened one (give it a moment to open). */
export async function closeFirstRun(panel: FirefoxPanel, wait = 1500): Promise<void> {
  const end = Date.now() + wait;
  while (Date.now() < end) {
    const closed = await panel.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const tabs = await api.tabs.query({ url: api.runtime.getURL('/welcome.html') });
      await api.tabs.remove(tabs.map((t) => t.id!));
      return tabs.length > 0;
    });
    if (closed) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      // The demo build may read the demo system on its own port only.
      const demo = await startDemoServer({ port: DEMO_PORT });
      await use(demo);
      await demo.close();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'caselens-firefox-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  requests: async ({}, use) => {
    await use([]);
  },
  extraPrefs: [{}, { option: true }],
  firefox: async ({ profileDir, requests, extraPrefs }, use) => {
    const browser = await launchFirefox({ userDataDir: profileDir, extraPrefs });
    try {
      logRequests(browser, requests);
      await installCaseLens(browser);
      await use(browser);
    } finally {
      await browser.close().catch(() => {});
    }
  },
  panel: async ({ firefox }, use) => {
    await use(await panelOf(firefox));
  },
});

export const expect = test.expect;
