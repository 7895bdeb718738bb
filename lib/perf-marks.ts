/**
 * Timings of CaseLens's own work, kept in the memory of the context that did it (the service
 * worker, or CaseLens's isolated world of one frame, which page scripts cannot see): never
 * stored, sent or logged. `npm run bench` reads them through the DevTools protocol to split a
 * screen read into its parts (bench/extension/). Times are absolute milliseconds
 * (timeOrigin + now), so marks of the page and of the worker can be compared.
 */
export const PERF_KEY = 'caselensPerf';

type Marks = Record<string, Record<string, number>>;

/** Records when `name` happened, under `scope` (the service worker keeps one set per document). */
export function perfMark(name: string, scope = 'page'): void {
  const g = globalThis as { [PERF_KEY]?: Marks };
  const marks = (g[PERF_KEY] ??= {});
  // A scope per document, and only the latest few: the worker lives for hours.
  if (!(scope in marks) && Object.keys(marks).length >= 50) delete marks[Object.keys(marks)[0]!];
  (marks[scope] ??= {})[name] = performance.timeOrigin + performance.now();
}
