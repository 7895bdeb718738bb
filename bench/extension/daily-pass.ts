/**
 * The nightly pass must not delay a screen: with 10 000 cases stored, the daily care is started
 * (its alarm) and, while it runs, a TRACS case plan is opened again and again; its first mark
 * (navigation start → mark shown) is compared with the same page's when the worker is idle.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { serviceWorkerOf } from '../../scripts/launch-extension';
import { pageMarks, sleep, until, workerMarks } from './harness';
import { stat, type Stat } from './stats';

export interface DailyPass {
  idle: Stat;
  during: Stat;
  /** How long the pass took (ms). */
  passMs: number;
}

async function markTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const shown = await until('the mark', async () => (await pageMarks(page)).get('')?.marks['findings-shown'], 20_000);
  return shown - origin;
}

export async function dailyPass(context: BrowserContext, demoUrl: string, samples: number): Promise<DailyPass> {
  await context.addCookies([{ name: 'tracs_case', value: '1000101', url: demoUrl }]);
  const page = await context.newPage();
  const url = (i: number) => `${demoUrl}/tracs/screen?GOTO=CPLN&run=${i}`;
  try {
    const idle: number[] = [];
    for (let i = -2; i < samples; i++) {
      const t = await markTime(page, url(i));
      if (i >= 0) idle.push(t);
      await sleep(200);
    }
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.alarms.create('caselens-daily', { when: Date.now() + 50 }));
    // Its start is kept here: the worker keeps the timings of its last 50 documents only, and a
    // long pass sees more pages than that come and go.
    const started = await until('the daily care to start', async () => (await workerMarks(context)).daily?.['daily-start'], 20_000);
    const during: number[] = [];
    for (let i = 0; i < samples * 4; i++) {
      if ((await workerMarks(context)).daily?.['daily-end']) break;
      during.push(await markTime(page, url(1000 + i)));
      await sleep(200);
    }
    const ended = await until('the daily care to end', async () => (await workerMarks(context)).daily?.['daily-end'], 600_000, 500);
    return { idle: stat(idle), during: stat(during), passMs: ended - started };
  } finally {
    await page.close();
  }
}
