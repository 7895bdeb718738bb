/**
 * What CaseLens costs a page load: the same pages loaded alternately in Chromium profiles with
 * identical flags, one with CaseLens and one without (and, for the floor any extension reading
 * these pages pays, one with an extension that runs an empty content script; and, for the
 * measurement's own spread on this machine, a second one without). The figure is the
 * top document's load event (navigation start → loadEventEnd, frames included), and the
 * renderer's CPU time for the load (the DevTools protocol's TaskDuration).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { sleep } from './harness';
import { stat, type Stat } from './stats';
import { scriptInLoad } from './script-in-load';

/** Traced loads per page and browser for the script time inside the load. */
const TRACED = 5;

export interface PageLoad {
  page: string;
  path: string;
  with: Stat;
  without: Stat;
  /** With an extension that only runs an empty content script in every frame (the floor). */
  empty: Stat;
  /** median(empty) / median(without). */
  emptyRatio: number;
  /** A second profile without CaseLens: what the comparison measures when nothing differs. */
  control: Stat;
  /** median(control) / median(without): how far from 1 a ratio lands by chance here. */
  controlRatio: number;
  /** median(with) / median(without). */
  ratio: number;
  /** Per pair, with / without. */
  pairRatio: Stat;
  cpuWith: Stat;
  cpuWithout: Stat;
  /** CaseLens's own script inside the load (traced), ms. */
  scriptWith: Stat;
  /** The empty content script's, for comparison. */
  scriptEmpty: Stat;
}

export const PAGES: Array<[string, string]> = [
  ['TRACS frameset (green screen)', '/tracs/'],
  ['EIS terminal emulator', '/eis/?case=2000210'],
  ['1000-row caseload report no profile reads', '/bench/caseload-report'],
  ['CMS frameset, 1000-row Client Notes', '/bench/clno/?case=2000201&rows=1000'],
];

async function loadOnce(page: Page, url: string): Promise<{ load: number; cpu: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await page.goto(url, { waitUntil: 'load' });
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  // The work CaseLens starts at or after the load (hello, reader, read) is counted too.
  await sleep(400);
  const after = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const task = (m: typeof before) => m.metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0;
  await cdp.detach();
  return { load, cpu: (task(after) - task(before)) * 1000 };
}

export async function pageLoad(withCaseLens: BrowserContext, without: BrowserContext, empty: BrowserContext, control: BrowserContext, demoUrl: string, pairs: number): Promise<PageLoad[]> {
  const pages = await Promise.all([withCaseLens.newPage(), without.newPage(), empty.newPage(), control.newPage()]);
  const out: PageLoad[] = [];
  try {
    for (const [name, path] of PAGES) {
      const url = `${demoUrl}${path}`;
      const load: number[][] = pages.map(() => []);
      const cpu: number[][] = pages.map(() => []);
      const ratios: number[] = [];
      // Two warm-up rounds (caches, CaseLens's first read of the address), then the pairs, the
      // order of the profiles turning each round.
      for (let i = -2; i < pairs; i++) {
        const order = pages.map((_, k) => (k + i + 2 * pages.length) % pages.length);
        const got: Array<{ load: number; cpu: number }> = [];
        for (const k of order) got[k] = await loadOnce(pages[k]!, url);
        if (i < 0) continue;
        got.forEach((g, k) => {
          load[k]!.push(g.load);
          cpu[k]!.push(g.cpu);
        });
        ratios.push(got[0]!.load / got[1]!.load);
      }
      const [sw, swo, se, sc] = load.map(stat) as [Stat, Stat, Stat, Stat];
      out.push({
        page: name,
        path,
        with: sw,
        without: swo,
        empty: se,
        emptyRatio: se.median / swo.median,
        control: sc,
        controlRatio: sc.median / swo.median,
        ratio: sw.median / swo.median,
        pairRatio: stat(ratios),
        cpuWith: stat(cpu[0]!),
        cpuWithout: stat(cpu[1]!),
        scriptWith: await scriptInLoad(withCaseLens, url, TRACED),
        scriptEmpty: await scriptInLoad(empty, url, TRACED),
      });
    }
  } finally {
    for (const p of pages) await p.close();
  }
  return out;
}
