/**
 * The caseload as the worker sees it, at 10 000 cases: from the click on the Caseload tab to
 * its first 100 rows painted, and to the monthly review progress painted (the next animation
 * frame after they are in the page). The first opening loads the tab's code; it is included.
 */
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf } from '../../scripts/launch-extension';
import { sleep } from './harness';
import { stat, type Stat } from './stats';

export interface CaseloadTab {
  rows: Stat;
  review: Stat;
  total: number;
}

/**
 * In the panel page: click the Caseload tab, resolve with the times (ms from the click) of the
 * 100th row and of the review progress, each painted. A string: the bench's TypeScript runner
 * would otherwise wrap its named functions in a helper the page does not have.
 */
const MEASURE = `new Promise((resolve) => {
  const t0 = performance.now();
  const seen = {};
  let rowsIn = false;
  let reviewIn = false;
  const observer = new MutationObserver(() => check());
  function done() {
    if (seen.rows === undefined || seen.review === undefined) return;
    observer.disconnect();
    resolve({ rows: seen.rows, review: seen.review, total: document.querySelector('.caseload [role=status]')?.textContent ?? '' });
  }
  function painted(key) {
    requestAnimationFrame(() => { seen[key] = performance.now() - t0; done(); });
  }
  function check() {
    if (!rowsIn && document.querySelectorAll('tr[data-case]').length >= 100) { rowsIn = true; painted('rows'); }
    if (!reviewIn && document.querySelector('[data-testid=review-progress]')) { reviewIn = true; painted('review'); }
  }
  observer.observe(document.body, { childList: true, subtree: true });
  document.getElementById('tab-caseload').click();
  check();
})`;

export async function caseloadTab(context: BrowserContext, runs: number): Promise<CaseloadTab> {
  const panel = await context.newPage();
  try {
    await panel.goto(`chrome-extension://${await extensionIdOf(context)}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Case', exact: true }).waitFor();
    const rows: number[] = [];
    const review: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      await panel.getByRole('tab', { name: 'Case', exact: true }).click();
      await sleep(300);
      const r = (await panel.evaluate(MEASURE)) as { rows: number; review: number; total: string };
      rows.push(r.rows);
      review.push(r.review);
      total = Number(/\d+/.exec(r.total)?.[0] ?? 0);
    }
    return { rows: stat(rows), review: stat(review), total };
  } finally {
    await panel.close();
  }
}
