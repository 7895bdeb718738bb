/**
 * Side panel → first finding: the panel page opened beside a TRACS case plan that has a finding
 * (case 1000101, the TCM flag), from the panel's navigation start to the first finding painted.
 * The panel runs in a window of its own that CaseLens is told shows that case plan (as the real
 * side panel of the case plan's window would), so nothing else changes what it shows.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, serviceWorkerOf } from '../../scripts/launch-extension';
import { Tracs } from '../../test/e2e/pages';
import { sleep, until } from './harness';
import { stat, type Stat } from './stats';

export interface SidePanel {
  firstFinding: Stat;
  /** The first opening (nothing cached yet), included in the figures above. */
  first: number;
}

type Contexts = Record<string, unknown>;

async function openCasePlan(context: BrowserContext, demoUrl: string): Promise<Page> {
  const page = await context.newPage();
  const tracs = new Tracs(page, demoUrl);
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await tracs.pf('PF5');
  await sleep(1000);
  return page;
}

export async function sidePanel(context: BrowserContext, demoUrl: string, runs: number): Promise<SidePanel> {
  const legacy = await openCasePlan(context, demoUrl);
  const worker = await serviceWorkerOf(context);
  const panelUrl = `chrome-extension://${await extensionIdOf(context)}/sidepanel.html`;
  await context.addInitScript(() => {
    if (location.pathname !== '/sidepanel.html') return;
    const w = window as unknown as { firstFinding?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-rule-id]')) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.firstFinding = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  const [panel] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      await api.windows.create({ url: 'about:blank' });
    }),
  ]);
  try {
    await sleep(500);
    // The panel's window is told it shows the case plan (what the case plan's window shows).
    await worker.evaluate(async (legacyUrl) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ url: `${legacyUrl}/*` });
      const windows = await api.windows.getAll();
      const panelWindow = windows.find((w) => w.id !== tab!.windowId)!;
      const all = ((await api.storage.session.get('activeContexts')).activeContexts ?? {}) as Contexts;
      await api.storage.session.set({ activeContexts: { ...all, [String(panelWindow.id)]: all[String(tab!.windowId)] } });
    }, new URL(legacy.url()).origin);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await panel.goto(`${panelUrl}?run=${i}`);
      times.push(await until('the first finding in the panel', () => panel.evaluate(() => (window as unknown as { firstFinding?: number }).firstFinding)));
      await sleep(300);
    }
    return { firstFinding: stat(times), first: times[0]! };
  } finally {
    await panel.close();
    await legacy.close();
  }
}
