/**
 * Enterprise policy values (storage.managed). Chromium can take seconds to answer
 * storage.managed.get (longest when no policy is installed), so nothing waits for it: CaseLens
 * starts with the policy it saw last (kept in storage.local, which only CaseLens's own pages
 * can read), and the background asks the browser again at every start and whenever the policy
 * changes. When the answer differs, the copy is replaced and everything re-applies.
 */
import { browser } from 'wxt/browser';
import { MANAGED_POLICY_KEY } from '../lib/storage-keys';

type Policy = Record<string, unknown>;

/** The enterprise policy as last seen (empty until the browser first answered). */
export async function knownPolicy(): Promise<Policy> {
  const stored = (await browser.storage.local.get(MANAGED_POLICY_KEY))[MANAGED_POLICY_KEY];
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Policy) : {};
}

/** Asks the browser for the policy in force and keeps a copy; true when it changed. */
export async function refreshPolicy(): Promise<boolean> {
  const live = await browser.storage.managed.get(null).catch(() => ({}) as Policy);
  const before = await knownPolicy();
  if (JSON.stringify(live) === JSON.stringify(before)) return false;
  await browser.storage.local.set({ [MANAGED_POLICY_KEY]: live });
  return true;
}
