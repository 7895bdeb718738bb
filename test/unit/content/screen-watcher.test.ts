/**
 * Screen changes are re-read on the next frame (so marks follow a repaint before it is
 * painted), a storm of repaints costs one read per frame, a screen that keeps changing is
 * still read at least every MAX_WAIT_MS (also where no frame is painted), slow reads that keep
 * coming wait for idle moments, CaseLens's own overlay changes cause no read, and only the
 * recognised screen's part of the page is observed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SHARE, MAX_WAIT_MS, ScreenWatcher, WINDOW_MS } from '../../../entrypoints/content/screen-watcher';

const FRAME_MS = 16;

describe('ScreenWatcher', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  const deliver = () => Promise.resolve(); // mutation records are delivered as a microtask

  function watcher(onChange: () => void = vi.fn()) {
    const stop = new AbortController();
    const w = new ScreenWatcher(document, onChange, stop.signal);
    return { w, stop, onChange: onChange as ReturnType<typeof vi.fn> };
  }

  it('a storm of repaints (a terminal painting 1920 cells) is read once, on the next frame', async () => {
    document.body.innerHTML = '<div id="term"></div>';
    const { w, stop, onChange } = watcher();
    w.watch(null);
    const term = document.getElementById('term')!;
    for (let i = 0; i < 1920; i++) term.append(document.createElement('span'));
    for (const span of Array.from(term.children).slice(0, 100)) span.textContent = 'X';
    await deliver();
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(1); // the fallback timer was cancelled
    stop.abort();
  });

  it('a screen that never stops changing is still read, at least every MAX_WAIT_MS, even with no frames painted', async () => {
    document.body.innerHTML = '<div id="clock"></div>';
    const { w, stop, onChange } = watcher();
    w.watch(null);
    const clock = document.getElementById('clock')!;
    // A hidden tab paints no frames: animation frames never come.
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 1);
    for (let t = 0; t < 1000; t += 10) {
      clock.textContent = String(t);
      await deliver();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1000 / MAX_WAIT_MS - 1);
    stop.abort();
  });

  it('while slow reads take more than MAX_SHARE of the time, the next waits for an idle moment (at most MAX_WAIT_MS); a single slow read does not', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const cost = Math.ceil((WINDOW_MS * MAX_SHARE) / 2) + 5; // two of these in a row exceed the share
    const slow = vi.fn(() => vi.advanceTimersByTime(cost));
    const { w, stop } = watcher(slow);
    w.watch(null);
    // happy-dom has no idle callbacks: an idle moment that comes only at the deadline.
    const idle = vi.fn((cb: () => void, opts?: { timeout?: number }) => setTimeout(cb, opts?.timeout ?? 0) as unknown as number);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    const list = document.getElementById('list')!;
    const change = async () => {
      list.append('x');
      await deliver();
    };
    await change();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    await change();
    expect(idle).not.toHaveBeenCalled(); // one slow read: still the next frame
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(slow).toHaveBeenCalledTimes(2);
    await change();
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: MAX_WAIT_MS });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(slow).toHaveBeenCalledTimes(3);
    // After a quiet spell, the next frame again.
    await vi.advanceTimersByTimeAsync(WINDOW_MS * 2);
    idle.mockClear();
    await change();
    expect(idle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(slow).toHaveBeenCalledTimes(4);
    stop.abort();
    vi.unstubAllGlobals();
  });

  it('changes inside the overlay (or adding its host) do not trigger a read; typing in a field does', async () => {
    document.body.innerHTML = '<input id="f"><div data-caselens-overlay=""><div id="mark"></div></div>';
    const { w, stop, onChange } = watcher();
    w.watch(null);
    document.getElementById('mark')!.append(document.createElement('span'));
    const host = document.createElement('div');
    host.setAttribute('data-caselens-overlay', '');
    document.body.append(host);
    await deliver();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('f')!.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    document.getElementById('f')!.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('observes only the recognised screen: a clock elsewhere costs nothing; the screen being replaced counts', async () => {
    document.body.innerHTML = '<div id="wrap"><pre id="screen">TRACS</pre></div><span id="clock"></span>';
    const { w, stop, onChange } = watcher();
    w.watch([document.getElementById('screen')!]);
    document.getElementById('clock')!.textContent = '10:01';
    await deliver();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('screen')!.textContent = 'TRACS CPLN';
    await deliver();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = document.createElement('pre');
    next.textContent = 'TRACS CSUM';
    document.getElementById('screen')!.replaceWith(next);
    await deliver();
    await vi.advanceTimersByTimeAsync(FRAME_MS);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop.abort();
  });
});
