/**
 * How much of an extension's own script runs inside a page's load, from a Chromium trace of
 * the load (the DevTools protocol's Tracing domain): the renderer's script evaluations and
 * calls of the extension's files (chrome-extension:// URLs) that start before the top
 * document's load event. Exact where the load-time ratio is at the mercy of the machine: it is
 * the part of a page's load that is the extension's own doing (not the world Chromium sets up
 * for any content script, which no trace event names).
 */
import type { BrowserContext } from '@playwright/test';
import { sleep } from './harness';
import { stat, type Stat } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; isMainFrame?: boolean; isOutermostMainFrame?: boolean } };
}

/** Top-level script work: evaluating a script, or the browser calling into one (an event, a timer). */
const SCRIPT_WORK = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'EventDispatch']);

/** Milliseconds of the extension's script before the load event, per traced load of `url`. */
export async function scriptInLoad(context: BrowserContext, url: string, runs: number): Promise<Stat> {
  const page = await context.newPage();
  const out: number[] = [];
  try {
    await page.goto(url, { waitUntil: 'load' }); // warm-up
    for (let i = 0; i < runs; i++) {
      // The previous load's own work (its read answered, its marks) is over before the trace starts.
      await sleep(400);
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'loading'] } });
      await page.goto(url, { waitUntil: 'load' });
      await sleep(100);
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const load = events.filter((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame).map((e) => e.ts);
      const loadAt = Math.max(...load);
      const ours = events.filter((e) => e.ph === 'X' && SCRIPT_WORK.has(e.name) && e.ts < loadAt && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
      out.push(ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
    }
  } finally {
    await page.close();
  }
  return stat(out);
}
