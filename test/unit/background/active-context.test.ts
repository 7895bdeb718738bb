/** What the side panel is told about the tab the worker looks at: news that can wait a moment is written once. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishTab, publishTabSoon } from '../../../entrypoints/background/active-context';
import { ACTIVE_CONTEXTS_KEY } from '../../../lib/storage-keys';

let writes = 0;
const countWrites = (changes: Record<string, unknown>, area: string) => {
  if (area === 'session' && ACTIVE_CONTEXTS_KEY in changes) writes++;
};

describe('publishing a tab to its side panel', () => {
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    writes = 0;
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1:4780/tracs/' });
    tabId = tab.id!;
    // The tab the worker is looking at (the fake browser keeps new tabs in the background).
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, active: true });
    fakeBrowser.storage.onChanged.addListener(countWrites);
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('a frameset\'s frames saying hello (or going away) make one write, once the moment has passed', async () => {
    publishTabSoon(tabId, 150);
    publishTabSoon(tabId, 150);
    publishTabSoon(tabId, 150);
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toBe(0); // nothing while the page is still arriving
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toBe(1);
    const stored = (await fakeBrowser.storage.session.get(ACTIVE_CONTEXTS_KEY))[ACTIVE_CONTEXTS_KEY] as Record<string, { tabId: number }>;
    expect(Object.values(stored).map((c) => c.tabId)).toEqual([tabId]);
  });

  it('a read published meanwhile takes the waiting one\'s place: no second write', async () => {
    publishTabSoon(tabId, 300);
    await publishTab(tabId);
    expect(writes).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toBe(1);
  });

  it('the sooner of two waits counts', async () => {
    publishTabSoon(tabId, 300);
    publishTabSoon(tabId, 50);
    await vi.advanceTimersByTimeAsync(60);
    expect(writes).toBe(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(writes).toBe(1);
  });
});
