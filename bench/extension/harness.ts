/**
 * The bench's Chromium: Debian's Chromium with the demo build of CaseLens loaded (or, for the
 * page-load comparison, the same flags and no extension), the demo system on its one origin,
 * and ways to read CaseLens's own timings (lib/perf-marks.ts) from the service worker and from
 * CaseLens's isolated world of a frame, through the DevTools protocol.
 */
import { chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR, chromiumArgs, closeFirstRunPage, serviceWorkerOf, waitForContentScript } from '../../scripts/launch-extension';

export const EXTENSION_NAME = 'CaseLens (demo build)';

export type Marks = Record<string, number>;

export interface Browser {
  context: BrowserContext;
  dir: string;
  close(): Promise<void>;
}

/**
 * An extension that does nothing but run an empty content script in every frame of the demo
 * system (at document idle, as CaseLens's first stage): the floor of what any extension that
 * reads these pages costs them.
 */
export async function emptyExtension(demoOrigin: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'caselens-bench-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (bench)',
    version: '1.0',
    content_scripts: [{ matches: [`${demoOrigin}/*`], js: ['empty.js'], all_frames: true, run_at: 'document_idle' }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'empty.js'), '');
  return dir;
}

/**
 * Chromium with CaseLens (or with another extension, or none: the same flags either way),
 * headless, on a profile of its own. `cold`: a profile CaseLens is already installed in, used as
 * a worker's browser start is (nothing asked of the service worker before the first page).
 */
export async function launch(withExtension: boolean | string, dir?: string, cold = false): Promise<Browser> {
  const extension = typeof withExtension === 'string' ? withExtension : EXTENSION_DIR;
  const userDataDir = dir ?? (await mkdtemp(path.join(tmpdir(), `caselens-bench-${withExtension ? 'with' : 'without'}-`)));
  const args = chromiumArgs(extension, true).filter((a) => !!withExtension || !a.includes('extension'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args,
    // The same flags either way: extensions are allowed in both (Chromium's own component
    // extensions load in both); only CaseLens is loaded or not.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  if (withExtension === true && !cold) {
    await waitForContentScript(context);
    await closeFirstRunPage(context, 3000);
  }
  return {
    context,
    dir: userDataDir,
    close: async () => {
      await context.close();
      if (!dir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** CaseLens's timings in the service worker, for one document (its docId), or all. */
export async function workerMarks(context: BrowserContext): Promise<Record<string, Marks>> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(() => structuredClone((globalThis as unknown as { caselensPerf?: Record<string, Record<string, number>> }).caselensPerf ?? {}));
}

interface CdpContext {
  id: number;
  name: string;
  auxData?: { frameId?: string; type?: string };
}

/**
 * Evaluates an expression in CaseLens's isolated world of each frame of the page (where its
 * content script runs), by frame name ('' for the top document).
 */
export async function inCaseLensWorlds<T>(page: Page, expression: string): Promise<Map<string, T>> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: CdpContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: CdpContext }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 50));
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const names = new Map<string, string>();
  const walk = (t: FrameTree) => {
    names.set(t.frame.id, t.frame.name ?? '');
    for (const c of t.childFrames ?? []) walk(c);
  };
  walk(frameTree);
  const out = new Map<string, T>();
  for (const c of contexts.filter((x) => x.auxData?.type === 'isolated' && x.name === EXTENSION_NAME)) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true, awaitPromise: true })) as { result: { value: T } };
    out.set(names.get(c.auxData?.frameId ?? '') ?? '?', result.value);
  }
  await cdp.detach();
  return out;
}

interface FrameTree {
  frame: { id: string; name?: string };
  childFrames?: FrameTree[];
}

/** The page-side marks of a frame (content script), with the frame's docId. */
export async function pageMarks(page: Page): Promise<Map<string, { marks: Marks; docId?: string }>> {
  return inCaseLensWorlds(page, `({ marks: (globalThis.caselensPerf ?? {}).page ?? {}, docId: globalThis.caselensFirstStage?.docId })`);
}

/** Navigation timing of a frame, in absolute milliseconds (timeOrigin-based, like the marks). */
export async function navTiming(frame: Frame): Promise<{ start: number; domContentLoaded: number; load: number }> {
  return frame.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { start: performance.timeOrigin, domContentLoaded: performance.timeOrigin + nav.domContentLoadedEventEnd, load: performance.timeOrigin + nav.loadEventEnd };
  });
}

export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, everyMs = 20): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
