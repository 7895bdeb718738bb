/**
 * Runs code in CaseLens's content-script world of a page, as a compromised renderer could: the
 * DevTools protocol lists each frame's isolated worlds (named after the extension).
 */
import type { Page } from '@playwright/test';

interface Context {
  id: number;
  name: string;
  auxData?: { frameId?: string; type?: string };
}

export async function inContentScript<T>(page: Page, extensionName: string, expression: string): Promise<T[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Context[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200)); // existing contexts are replayed on enable
  const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === extensionName);
  const results: T[] = [];
  for (const c of ours) {
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: c.id, awaitPromise: true, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { exception?: { description?: string } };
    };
    results.push(exceptionDetails ? (`threw: ${exceptionDetails.exception?.description ?? 'error'}` as T) : result.value);
  }
  await cdp.detach();
  return results;
}

/** The stored case as CaseLens's database holds it, read from an extension page. */
export async function storedCase(panel: Page, caseKey: string): Promise<{ facts: Record<string, unknown>; lastSeen: string } | undefined> {
  return panel.evaluate(async (key) => {
    // Requests are kept on globalThis until they answer, so nothing is collected meanwhile.
    const keep = globalThis as unknown as { caselensTestRequests?: unknown[] };
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        (keep.caselensTestRequests ??= []).push(r);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    // Opening a database that does not exist would create an empty one under CaseLens's name.
    if (!(await indexedDB.databases()).some((d) => d.name === 'caselens')) return undefined;
    const db = await request(indexedDB.open('caselens'));
    try {
      return await request(db.transaction('cases').objectStore('cases').get(key));
    } finally {
      db.close();
    }
  }, caseKey);
}
