/**
 * The agency's own legacy hosts: CaseLens runs there only after the worker (or enterprise
 * policy) granted the optional host permission; the content script is then registered at run
 * time. The store build's manifest asks for no host at all; the demo build's asks for the
 * demo system's origin, registered here the same way.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/config/settings-schema';
import { DEMO_ORIGINS } from '../../lib/origins/demo';
import { DEMO_BUILD } from './build-flavour';

const SCRIPT_ID = 'caselens-agency-hosts';
/** The content script's first stage (entrypoints/caselens-page.ts); it has the reader injected where needed. */
export const FIRST_STAGE_FILE = '/caselens-page.js';
export const READER_FILE = '/caselens-reader.js';
/** Teach mode and the screen-test snapshot, injected where the reader asks for them. */
export const TOOLS_FILE = '/caselens-tools.js';
/**
 * The first stage starts when the page is idle (in Chromium after its load event, or 200 ms
 * after it was parsed): a content script's world costs the page a few milliseconds to set up,
 * which at "document_end" would land in the page's own load (measured: docs/performance.md).
 */
const RUN_AT = 'document_idle' as const;

async function granted(patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) out.push(pattern);
  }
  return out;
}

export const grantedAgencyHosts = (settings: Settings): Promise<string[]> => granted(settings.agencyHosts);
/** The policy manual pages the agency listed whose host permission is granted (policy watch). */
export const grantedManualPages = (settings: Settings): Promise<string[]> => granted(settings.policyManualUrls);

/** Match patterns the content script is registered for (the demo origin's only in the demo build). */
export async function contentScriptMatches(settings: Settings): Promise<string[]> {
  const demo = DEMO_BUILD ? DEMO_ORIGINS.map((o) => (import.meta.env.FIREFOX ? `${o.replace(/:\d+$/, '')}/*` : `${o}/*`)) : [];
  return [...new Set([...demo, ...(await grantedAgencyHosts(settings)), ...(await grantedManualPages(settings))])];
}

export async function registerAgencyHosts(settings: Settings): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const matches = await contentScriptMatches(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // Registrations persist across browser restarts: leave an unchanged one alone, so no page
  // loading while the worker starts goes unread.
  const same = (a: readonly string[] = [], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const current = existing[0];
  if (current && same(current.matches, matches) && same(current.js, [FIRST_STAGE_FILE.slice(1)]) && current.runAt === RUN_AT) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) return;
  const script = { id: SCRIPT_ID, matches, js: [FIRST_STAGE_FILE.slice(1)], allFrames: true, runAt: RUN_AT, persistAcrossSessions: true };
  // about:blank and srcdoc frames of the agency's own pages inherit their origin and are read
  // too (matchOriginAsFallback); the content script checks the origin again. Firefox ESR 140
  // takes the option too (its registration reports it in the Firefox e2e); a browser without
  // it refuses the unknown key, and the registration is retried without.
  await browser.scripting
    .registerContentScripts([{ ...script, matchOriginAsFallback: true }])
    .catch(() => browser.scripting.registerContentScripts([script]));
  await readOpenTabs(matches);
}

/**
 * Pages of a newly granted host (or restored at browser start, before the registration was
 * back) are already open: read them now rather than on their next load. The content script
 * runs once per document (it ignores a second injection).
 */
async function readOpenTabs(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [FIRST_STAGE_FILE] }).catch(() => {});
  }
}
