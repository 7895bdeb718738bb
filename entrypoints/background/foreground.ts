/**
 * Screen reads first: the worker's background work (the daily care over the whole caseload)
 * runs in small slices, and before each slice waits until no message from a page is being
 * handled and none has been for QUIET_MS (a page's read comes as a few messages in a row:
 * hello, reader, read), after letting any queued one start. A slice is a few milliseconds of
 * work, so a screen arriving during the nightly pass waits for one slice at most.
 */
let busy = 0;
let lastEnd = -Infinity;
let waiting: Array<() => void> = [];

/** A page's messages keep the background work waiting this long after the last one (ms). */
export const QUIET_MS = 150;

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
    const quietFor = performance.now() - lastEnd;
    if (quietFor >= QUIET_MS) return;
    await sleep(QUIET_MS - quietFor);
  }
}
