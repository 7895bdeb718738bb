/** Repaints are re-read once, after they settle; CaseLens's own overlay changes cause no re-read. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REREAD_DELAY_MS, watchScreen } from '../../../entrypoints/content/screen-watcher';

describe('watchScreen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const flush = async () => {
    await Promise.resolve(); // deliver mutation records
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS + 10);
  };

  it('a storm of repaints (a terminal painting 1920 cells) costs one re-read', async () => {
    document.body.innerHTML = '<div id="term"></div>';
    const onChange = vi.fn();
    const stop = new AbortController();
    watchScreen(document, onChange, stop.signal);
    const term = document.getElementById('term')!;
    for (let i = 0; i < 1920; i++) term.append(document.createElement('span'));
    for (const span of Array.from(term.children).slice(0, 100)) span.textContent = 'X';
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('changes inside the overlay do not trigger a read; typing in a field does', async () => {
    document.body.innerHTML = '<input id="f"><caselens-overlay data-caselens-overlay=""><div id="mark"></div></caselens-overlay>';
    const onChange = vi.fn();
    const stop = new AbortController();
    watchScreen(document, onChange, stop.signal);
    document.getElementById('mark')!.append(document.createElement('span'));
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('f')!.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    document.getElementById('f')!.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
