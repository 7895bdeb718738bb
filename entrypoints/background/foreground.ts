/**
 * Screen reads first: the worker's background work (the daily care over the whole caseload)
 * runs in small slices, and before each slice waits until no message from a page is being
 * handled and none has been for QUIET_MS (a page's read comes as a few messages in a row:
 * hello, reader, read), after letting any queued one start. A slice is a few milliseconds of
 * work, so a screen arriving during the nightly pass waits for one slice at most.
 *
 * While a pass runs, a tab loading a page holds it too (`pagesFirst`): a page's own load is
 * not slowed by the pass competing for the processor, and its screen is read as on an idle
 * worker once it has loaded.
 */
let busy = 0;
let lastEnd = -Infinity;
let waiting: Array<() => void> = [];

/** A page's messages keep the background work waiting this long after the last one (ms). */
export const QUIET_MS = 150;

/** The longest a loading page holds the background work (a page that never finishes loading). */
export const LOADING_HOLD_MS = 3000;
/** Tabs loading a page, with when their hold ends. */
const loading = new Map<number, number>();

/** A tab started loading a page: background work waits until it has loaded (at most LOADING_HOLD_MS). */
export function pageLoading(tabId: number): void {
  loading.set(tabId, performance.now() + LOADING_HOLD_MS);
}

/** The tab finished loading (or closed): its screen's messages follow within moments, counted from now. */
export function pageLoaded(tabId: number): void {
  if (loading.delete(tabId)) lastEnd = Math.max(lastEnd, performance.now());
}

/** How long (ms) the loading pages still hold background work. */
function loadingHold(): number {
  const now = performance.now();
  let hold = 0;
  for (const [tabId, until] of loading) {
    if (until <= now) loading.delete(tabId);
    else hold = Math.max(hold, until - now);
  }
  return hold;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts `work` (answering a page) as foreground until it settles. */
export async function foreground<T>(work: Promise<T>): Promise<T> {
  busy++;
  try {
    return await work;
  } finally {
    busy--;
    lastEnd = performance.now();
    if (!busy) {
      const wake = waiting;
      waiting = [];
      for (const w of wake) w();
    }
  }
}

/** Resolves when the worker has no page to answer (after a turn of its event loop, so queued messages go first). */
export async function yieldToForeground(): Promise<void> {
  for (;;) {
    await sleep(0);
    if (busy) {
      await new Promise<void>((r) => waiting.push(r));
      continue;
    }
    const hold = loadingHold();
    if (hold > 0) {
      await sleep(Math.min(hold, 50));
      continue;
    }
    const quietFor = performance.now() - lastEnd;
    if (quietFor >= QUIET_MS) return;
    await sleep(QUIET_MS - quietFor);
  }
}
