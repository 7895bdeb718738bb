/**
 * The policy watch, background side: runs the watch script in a frame showing one of the
 * agency's policy manual pages, and compares what it extracted with the citations of every
 * unit in force. What it found is kept per page in storage.local (the panel's Policy view and
 * the findings of affected rules show it). Nothing of the page but its text is used.
 */
import { browser } from 'wxt/browser';
import { comparePage, type WatchResult } from '../../lib/policy-watch/compare';
import { citingUnits } from '../../lib/policy-watch/citing-units';
import type { ContentMessage } from '../../lib/message-schemas';
import { POLICY_WATCH_KEY } from '../../lib/storage-keys';
import { currentPolicy } from './extension-state';

/** Pages kept at most: an agency's manual has a few chapters a worker opens. */
const MAX_PAGES = 200;

export async function injectPolicyWatch(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/policy-watch.js'] }).catch(() => {});
}

export async function recordManualPage(page: Extract<ContentMessage, { type: 'policy-page' }>, url: string): Promise<WatchResult> {
  const { knowledge } = await currentPolicy();
  const result = comparePage({ url, title: page.title, text: page.text, header: page.header, headings: page.headings }, citingUnits(knowledge), new Date().toISOString());
  const stored = ((await browser.storage.local.get(POLICY_WATCH_KEY))[POLICY_WATCH_KEY] ?? {}) as Record<string, WatchResult>;
  const next = { ...stored, [url]: result };
  const keys = Object.keys(next).sort((a, b) => next[b]!.seenAt.localeCompare(next[a]!.seenAt));
  await browser.storage.local.set({ [POLICY_WATCH_KEY]: Object.fromEntries(keys.slice(0, MAX_PAGES).map((k) => [k, next[k]])) });
  return result;
}
