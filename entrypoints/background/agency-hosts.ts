/**
 * The agency's own legacy hosts: CaseLens runs there only after the worker (or enterprise
 * policy) granted the optional host permission; the content script is then registered at run
 * time. The manifest itself asks for the demo hosts only.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/config/settings-schema';

const SCRIPT_ID = 'caselens-agency-hosts';

export async function grantedAgencyHosts(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of settings.agencyHosts) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

export async function registerAgencyHosts(settings: Settings): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const matches = await grantedAgencyHosts(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: ['content-scripts/content.js'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
