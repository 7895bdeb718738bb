/**
 * Screen reads first: the worker's background work (the daily care over the whole caseload)
 * runs in small slices, and before each slice waits until no message from a page is being
 * handled, after letting any queued one start. A slice is a few milliseconds of work, so a
 * screen read arriving during the nightly pass waits for one slice at most.
 */
let busy = 0;
let waiting: Array<() => void> = [];

/** Counts `work` (answering a page) as foreground until it settles. */
export async function foreground<T>(work: Promise<T>): Promise<T> {
  busy++;
  try {
    return await work;
  } finally {
    busy--;
    if (!busy) {
      const wake = waiting;
      waiting = [];
      for (const w of wake) w();
    }
  }
}

/** Resolves when the worker has no page to answer (after a turn of its event loop, so queued messages go first). */
export async function yieldToForeground(): Promise<void> {
  do {
    await new Promise((r) => setTimeout(r, 0));
    if (busy) await new Promise<void>((r) => waiting.push(r));
  } while (busy);
}
