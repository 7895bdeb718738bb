/**
 * A case as CaseLens stored it, read from the panel page's own database (the extension's
 * origin), for e2e checks of what a screen wrote. Opened only once CaseLens has made it, and
 * closed at once, so CaseLens's own upgrade is never held up.
 */
import type { Page } from '@playwright/test';

export interface StoredCase {
  facts: {
    clnos?: Array<{ date: string; title: string; body?: string }>;
    household?: Array<{ memberId: string; status?: string }>;
  };
  listedOnly?: boolean;
}

export function storedCase(panel: Page, caseKey: string): Promise<StoredCase | undefined> {
  return panel.evaluate(async (key) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'caselens')) return undefined;
    return new Promise<StoredCase | undefined>((resolve, reject) => {
      const open = indexedDB.open('caselens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('cases')) {
          db.close();
          return resolve(undefined);
        }
        const get = db.transaction('cases').objectStore('cases').get(key);
        get.onsuccess = () => {
          db.close();
          resolve(get.result as StoredCase | undefined);
        };
        get.onerror = () => {
          db.close();
          reject(get.error);
        };
      };
    });
  }, caseKey);
}
