/**
 * Cold start → first mark: the browser starts (CaseLens installed, a case seen the day
 * before) and the first page opened is a TRACS case plan with a finding. From that page's
 * navigation start to its mark shown; the service worker starts with it. Then the same
 * page again, warm, for comparison.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { Tracs } from '../../test/e2e/pages';
import { launch, pageMarks, sleep, until } from './harness';
import { stat, type Stat } from './stats';

export interface ColdStart {
  cold: Stat;
  warm: Stat;
}

async function firstMark(context: BrowserContext, page: Page, url: string): Promise<number> {
  await page.goto(url);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const shown = await until('the first mark', async () => {
    const m = (await pageMarks(page)).get('')?.marks;
    return m?.['findings-shown'] ?? m?.['findings-pushed'];
  }, 20_000);
  void context;
  return shown - origin;
}

export async function coldStart(demoUrl: string, runs: number): Promise<ColdStart> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caselens-bench-cold-'));
  try {
    const first = await launch(true, dir);
    const tracs = new Tracs(await first.context.newPage(), demoUrl);
    await tracs.open();
    await tracs.selectCase('1000101', 'CSUM');
    await tracs.pf('PF5');
    await sleep(1500);
    await first.context.close();
    const url = `${demoUrl}/tracs/screen?GOTO=CPLN`;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      const b = await launch(true, dir, true);
      try {
        await b.context.addCookies([{ name: 'tracs_case', value: '1000101', url: demoUrl }]);
        const page = b.context.pages()[0] ?? (await b.context.newPage());
        cold.push(await firstMark(b.context, page, url));
        await sleep(500);
        warm.push(await firstMark(b.context, page, `${url}&again=1`));
      } finally {
        await b.context.close();
      }
    }
    return { cold: stat(cold), warm: stat(warm) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
