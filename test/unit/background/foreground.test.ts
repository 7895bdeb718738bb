/** Background work waits while a page's message is being answered, and goes on once it is. */
import { describe, expect, it, vi } from 'vitest';
import { LOADING_HOLD_MS, QUIET_MS, foreground, pageLoaded, pageLoading, yieldToForeground } from '../../../entrypoints/background/foreground';

describe('yieldToForeground', () => {
  it('resolves only after the screen read being answered has settled', async () => {
    const order: string[] = [];
    let answer: () => void = () => {};
    const read = foreground(new Promise<void>((r) => (answer = r))).then(() => order.push('read answered'));
    const slice = yieldToForeground().then(() => order.push('daily care slice'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    answer();
    const answeredAt = performance.now();
    await Promise.all([read, slice]);
    expect(order).toEqual(['read answered', 'daily care slice']);
    // A page's next message usually follows within moments: the slice waited a quiet spell.
    expect(performance.now() - answeredAt).toBeGreaterThanOrEqual(QUIET_MS - 5);
  });

  it('with nothing to answer, lets queued work run first and goes on', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued message'), 0);
    await yieldToForeground();
    order.push('slice');
    expect(order).toEqual(['queued message', 'slice']);
  });
});

describe('a page loading during a pass', () => {
  it('holds the slices until the page has loaded, then a quiet spell for its read', async () => {
    const order: string[] = [];
    pageLoading(7);
    const slice = yieldToForeground().then(() => order.push('slice'));
    await new Promise((r) => setTimeout(r, 120));
    expect(order).toEqual([]); // well past a slice's usual wait: the loading tab holds it
    pageLoaded(7);
    const loadedAt = performance.now();
    await slice;
    expect(order).toEqual(['slice']);
    expect(performance.now() - loadedAt).toBeGreaterThanOrEqual(QUIET_MS - 5);
  });

  it('holds no longer than LOADING_HOLD_MS for a page that never finishes loading', async () => {
    vi.useFakeTimers();
    try {
      pageLoading(8);
      let done = false;
      const slice = yieldToForeground().then(() => (done = true));
      await vi.advanceTimersByTimeAsync(LOADING_HOLD_MS - 100);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(QUIET_MS + 200);
      await slice;
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
