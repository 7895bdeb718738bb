/** Background work waits while a page's message is being answered, and goes on once it is. */
import { describe, expect, it } from 'vitest';
import { QUIET_MS, foreground, yieldToForeground } from '../../../entrypoints/background/foreground';

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
