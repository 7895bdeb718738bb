/**
 * The largest screen CaseLens reads: the CMS frameset with a 1000-row Client Notes list. From
 * the list frame's load event to the read checked (merged and evaluated in the service worker)
 * and the frame's marks answered, with each part. CaseLens starts its own work only after the
 * page has loaded, which makes the load event the start that counts.
 */
import type { BrowserContext } from '@playwright/test';
import { navTiming, pageMarks, sleep, until, workerMarks, type Marks } from './harness';
import { stat, type Stat } from './stats';

export interface LargeRead {
  /** From the list frame's load event to its read checked (evaluated in the service worker). */
  total: Stat;
  /** The same from the frame's DOMContentLoaded (the page parsed, before its style sheet loaded). */
  fromParsed: Stat;
  /** From the load event to the marks answered and shown in the frame. */
  answered: Stat;
  parts: Array<[string, Stat]>;
}

const PARTS: Array<[string, (p: Marks, w: Marks, load: number) => number]> = [
  ['frame loaded → first stage starts (Chromium runs it at document idle)', (p, _w, load) => p['page-start']! - load],
  ['the frameset\'s other frames finish loading', (p) => p['page-loaded']! - p['page-start']!],
  ['hello: page → worker (IPC)', (p, w) => w['hello-received']! - p['page-loaded']!],
  ['hello: the worker answers (which profiles and surveys this page gets)', (_p, w) => w['hello-replied']! - w['hello-received']!],
  ['hello: answer back in the frame (and the reader, injected meanwhile where this address showed a screen before, parsed)', (p, w) => p['hello-answered']! - w['hello-replied']!],
  ['selector check; reader injected (executeScript) and started', (p) => p['reader-started']! - p['hello-answered']!],
  ['recognise + read 1000 rows (in the frame; the first read of a page is hashed once sent)', (p) => p['read-done']! - p['reader-started']!],
  ['read sent → worker has it (serialise, IPC)', (p, w) => w['read-received']! - p['read-sent']!],
  ['zod validation of the read', (_p, w) => w['read-validated']! - w['read-received']!],
  ['finish the read (values parsed with the profile)', (_p, w) => w['read-finished']! - w['read-validated']!],
  ['observe (read → case facts, validated)', (_p, w) => w['read-observed']! - w['read-finished']!],
  ['merge (case and duties from IndexedDB)', (_p, w) => w['evaluate-start']! - w['read-observed']!],
  ['evaluate the rules', (_p, w) => w['evaluate-end']! - w['evaluate-start']!],
  ['marks made and answered', (_p, w) => w['read-answered']! - w['evaluate-end']!],
  ['answer back in the frame, marks shown', (p, w) => p['findings-shown']! - w['read-answered']!],
];

export async function largeRead(context: BrowserContext, demoUrl: string, runs: number): Promise<LargeRead> {
  const page = await context.newPage();
  const totals: number[] = [];
  const fromParsed: number[] = [];
  const answered: number[] = [];
  const parts = PARTS.map(() => [] as number[]);
  try {
    for (let i = -2; i < runs; i++) {
      await page.goto(`${demoUrl}/bench/clno/?case=2000201&rows=1000&run=${i}`);
      const list = page.frame({ name: 'cmscontent' })!;
      // Checked: the list frame's read evaluated with its case (which the header frame gives).
      const { seen, w } = await until('the 1000-row read checked', async () => {
        const m = (await pageMarks(page)).get('cmscontent');
        if (!m?.docId || !m.marks['findings-shown']) return undefined;
        const marks = (await workerMarks(context))[m.docId];
        return marks?.['evaluate-end'] && marks['read-answered'] ? { seen: m, w: marks } : undefined;
      });
      const { domContentLoaded, load } = await navTiming(list);
      if (i < 0) continue; // warm-up loads
      totals.push(w['evaluate-end']! - load);
      fromParsed.push(w['evaluate-end']! - domContentLoaded);
      answered.push(Math.max(seen.marks['findings-shown']!, seen.marks['findings-pushed'] ?? 0) - load);
      PARTS.forEach(([, f], k) => parts[k]!.push(f(seen.marks, w, load)));
      await sleep(200);
    }
  } finally {
    await page.close();
  }
  return { total: stat(totals), fromParsed: stat(fromParsed), answered: stat(answered), parts: PARTS.map(([name], k) => [name, stat(parts[k]!)]) };
}
