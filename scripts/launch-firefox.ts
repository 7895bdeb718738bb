/**
 * Launches Debian's Firefox ESR (headless unless a display is present or HEADED is set) through
 * puppeteer-core over WebDriver BiDi, with the demo build of CaseLens installed. Used by the
 * Firefox e2e suite. No browser is downloaded: puppeteer-core drives the installed Firefox.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import path from 'node:path';
import { GECKO_ID } from '../lib/origins/extension-ids';
import { FIREFOX } from './ensure-browsers';
import { wantsHeadless } from './launch-extension';

export { FIREFOX };

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2-demo');
/**
 * Firefox gives an extension a random moz-extension:// host per profile; the uuids pref below
 * fixes it, so the tests (and `npm start`) can open the side panel's page by its address.
 */
export const MOZ_EXTENSION_UUID = '3f0c2a6e-5b1d-4c8e-9a47-cae5e1e05e01';
export const PANEL_URL = `moz-extension://${MOZ_EXTENSION_UUID}/sidepanel.html`;

export interface FirefoxOptions {
  /** Profile folder; kept by the caller to relaunch on the same profile. */
  userDataDir: string;
  headless?: boolean;
  /** Read enterprise policy from the per-user runtime folder (see test/e2e-firefox/policy-file.ts). */
  perUserPolicies?: boolean;
  extraPrefs?: Record<string, unknown>;
}

export function firefoxPrefs(opts: Pick<FirefoxOptions, 'perUserPolicies'> = {}): Record<string, unknown> {
  return {
    // Firefox ESR (unlike release) may run an unsigned add-on: the demo build is not signed.
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: MOZ_EXTENSION_UUID }),
    // permissions.request() grants at once instead of showing a door-hanger no headless test can press.
    'extensions.webextOptionalPermissionPrompts': false,
    // No first-run page of CaseLens's own, no Firefox onboarding.
    'browser.aboutwelcome.enabled': false,
    ...(opts.perUserPolicies ? { 'toolkit.policies.perUserDir': true } : {}),
  };
}

export async function launchFirefox(opts: FirefoxOptions): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? wantsHeadless(),
    userDataDir: opts.userDataDir,
    extraPrefsFirefox: { ...firefoxPrefs(opts), ...opts.extraPrefs },
  });
}

/** Installs the demo build as a temporary add-on (WebDriver BiDi webExtension.install). */
export async function installCaseLens(browser: Browser, dir = FIREFOX_EXTENSION_DIR): Promise<string> {
  const id = await browser.installExtension(dir);
  if (id !== GECKO_ID) throw new Error(`Firefox installed ${id}, expected ${GECKO_ID}`);
  return id;
}

/**
 * Opens the side panel's page in a tab (the sidebar itself is browser chrome, which WebDriver
 * BiDi cannot reach; the page is the same). puppeteer does not follow a tab into the
 * extension's process, so the page is awaited by its title.
 */
export async function openPanel(page: Page): Promise<Page> {
  await page.goto(PANEL_URL, { waitUntil: 'domcontentloaded', timeout: 5000 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && !!document.querySelector('[role=tablist]')).catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the side panel page did not open at ${PANEL_URL}`);
}
