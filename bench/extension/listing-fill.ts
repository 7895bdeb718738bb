/**
 * From a 1000-row caseload listing's load to the caseload filled, in Chromium with the demo
 * build (issue 13): the time from navigating to the demo CMS caseload list until the extension's
 * database holds a caseload row for every case listed. Each run uses a fresh browser profile, so
 * every case is new. Needs the demo build (`npm run build:demo`) and the demo port (4780) free.
 * Part of `npm run bench` (bench/run.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CASELOAD_ROWS } from '../../demo/screens/alaska/cms-caseload';
import { closeFirstRunPage, extensionIdOf, launchWithExtension, waitForContentScript } from '../../scripts/launch-extension';
import { stat, type Stat } from './stats';

export interface ListingFill {
  rows: number;
  fill: Stat;
}

/**
 * Rows in the extension's caseload table, counted in its own page (the extension's origin). The
 * database is opened only once CaseLens has made it, and closed at once: an open connection would
 * hold up CaseLens's own upgrade of it.
 */
const COUNT_ROWS = async (): Promise<number> => {
  if (!(await indexedDB.databases()).some((d) => d.name === 'caselens')) return 0;
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('caselens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('caseload')) {
        db.close();
        return resolve(0);
      }
      const count = db.transaction('caseload').objectStore('caseload').count();
      count.onsuccess = () => {
        db.close();
        resolve(count.result);
      };
    };
  });
};

export async function listingFill(demoUrl: string, runs = 3, rows = CASELOAD_ROWS): Promise<ListingFill> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'caselens-bench-'));
    const context = await launchWithExtension(dir, { headless: true });
    try {
      await waitForContentScript(context);
      await closeFirstRunPage(context);
      const store = await context.newPage();
      await store.goto(`chrome-extension://${await extensionIdOf(context)}/sidepanel.html`);
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${demoUrl}/cms/caseload?rows=${rows}`);
      while ((await store.evaluate(COUNT_ROWS)) < rows) {
        if (performance.now() - start > 120_000) throw new Error(`the caseload did not reach ${rows} cases in 2 minutes`);
        await new Promise((r) => setTimeout(r, 20));
      }
      samples.push(performance.now() - start);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { rows, fill: stat(samples) };
}
