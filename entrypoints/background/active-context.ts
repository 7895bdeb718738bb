/**
 * What each window's side panel shows: the legacy screen in that window's active tab. Only the
 * tab the worker is looking at may change it; a tab in the background reading a screen does
 * not. Kept in storage.session (CaseLens's own pages only) so the panel follows it live and it
 * survives the service worker sleeping.
 */
import { browser } from 'wxt/browser';
import { ACTIVE_CONTEXTS_KEY } from '../../lib/storage-keys';
import type { ActiveContext } from '../../lib/messages';
import { framesOf, mainFrame } from './frames';

type Contexts = Record<string, ActiveContext>;

/** The context of a tab from its live frames (a tab with none shows no legacy screen). */
export function contextOf(tabId: number, windowId: number): ActiveContext {
  const frame = mainFrame(tabId);
  const frames = framesOf(tabId);
  const caseKey = frame?.caseKey ?? frames.find((f) => f.caseKey)?.caseKey;
  return {
    windowId,
    tabId,
    legacy: !!frame,
    frameId: frame?.frameId ?? 0,
    docId: frame?.docId ?? '',
    recognised: !!frame?.read,
    url: frame?.url ?? '',
    origin: frame?.origin ?? '',
    at: new Date().toISOString(),
    caseKey,
    profileId: frame?.read?.profileId,
    screen: frame?.read?.screen,
    system: frame?.read?.system,
    title: frame?.read?.title,
    jurisdiction: frame?.read?.jurisdiction,
    problems: frame?.obs?.problems ?? [],
    factsOnScreen: frames.flatMap((f) => f.read?.fields.filter((x) => x.status !== 'missing').map((x) => x.fact) ?? []),
    narrationTarget: frame?.read?.narrationTarget,
    marks: { shown: frames.flatMap((f) => f.marks.shown), notShown: frames.flatMap((f) => f.marks.notShown) },
  };
}

let writing: Promise<void> = Promise.resolve();

/** Publishes due later, per tab: when, and its timer. */
const later = new Map<number, { due: number; timer: ReturnType<typeof setTimeout> }>();

/**
 * Publishes a tab's context within `ms`, or sooner if something publishes it meanwhile. For the
 * news that can wait a moment (a page going away, a page saying hello before its read): a
 * frameset's frames then make one write, not one each, and none lands in the next page's load,
 * when the browser is busiest (measured: docs/performance.md).
 */
export function publishTabSoon(tabId: number, ms: number): void {
  const due = Date.now() + ms;
  const pending = later.get(tabId);
  if (pending && pending.due <= due) return;
  if (pending) clearTimeout(pending.timer);
  later.set(tabId, { due, timer: setTimeout(() => void publishTab(tabId), ms) });
}

/** Publishes a tab's context for its window, if it is the tab the worker is looking at there. */
export async function publishTab(tabId: number): Promise<void> {
  const pending = later.get(tabId);
  if (pending) {
    clearTimeout(pending.timer);
    later.delete(tabId);
  }
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.active || tab.windowId === undefined) return;
  const context = contextOf(tabId, tab.windowId);
  // One write at a time, so two frames' reads never overwrite each other's window entry.
  writing = writing.then(async () => {
    const stored = (await browser.storage.session.get(ACTIVE_CONTEXTS_KEY))[ACTIVE_CONTEXTS_KEY] as Contexts | undefined;
    await browser.storage.session.set({ [ACTIVE_CONTEXTS_KEY]: { ...stored, [String(tab.windowId)]: context } });
  }).catch(() => {});
  await writing;
}

export async function forgetWindow(windowId: number): Promise<void> {
  writing = writing.then(async () => {
    const stored = (await browser.storage.session.get(ACTIVE_CONTEXTS_KEY))[ACTIVE_CONTEXTS_KEY] as Contexts | undefined;
    if (!stored || !(String(windowId) in stored)) return;
    const { [String(windowId)]: _gone, ...rest } = stored;
    await browser.storage.session.set({ [ACTIVE_CONTEXTS_KEY]: rest });
  }).catch(() => {});
  await writing;
}
