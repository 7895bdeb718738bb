/**
 * Launches Debian's Chromium with the demo build of CaseLens loaded (headless unless a display
 * is present or HEADED is set). Shared by `npm start`, the e2e fixtures and the bench. The demo
 * build is the store build plus the demo system's origin (see wxt.config.ts).
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function wantsHeadless(): boolean {
  if (process.env.HEADED) return false;
  if (process.env.HEADLESS) return true;
  return !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

export function chromiumArgs(extensionDir = EXTENSION_DIR, headless = wantsHeadless()): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(headless ? ['--headless=new'] : []),
    ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-first-run',
    // Chromium's own background traffic (updates, sync, field trials) is not CaseLens's and
    // would fail on a closed network: switch it off so only the demo's requests remain.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
  ];
}

export async function launchWithExtension(userDataDir: string, opts: { headless?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // chosen in the args: the new headless mode runs extensions
    args: chromiumArgs(EXTENSION_DIR, opts.headless ?? wantsHeadless()),
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}

/**
 * Waits until CaseLens has registered its content script for the hosts it may read (it does so
 * at run time, right after install), so the first page opened is already read.
 */
export async function waitForContentScript(context: BrowserContext): Promise<void> {
  const worker = await serviceWorkerOf(context);
  for (let i = 0; i < 100; i++) {
    const registered = await worker
      .evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome;
        return (await api.scripting.getRegisteredContentScripts()).length;
      })
      .catch(() => 0);
    if (registered > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('CaseLens registered no content script within 10 s');
}

/**
 * A new install opens the first-run page (welcome.html) in a tab of its own; tests and the demo
 * walk-through close it so the tab they open next is the one the worker looks at. Says whether
 * it opened.
 */
export async function closeFirstRunPage(context: BrowserContext, timeout = 10_000): Promise<boolean> {
  const isWelcome = (p: { url(): string }) => p.url().endsWith('/welcome.html');
  const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout }).catch(() => undefined));
  if (!page) return false;
  await page.close();
  return true;
}
