/**
 * Lets the background pick the panel's tab (the "draft narration" keyboard shortcut opens the
 * panel on Narration) through storage.session.
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { PANEL_VIEW_KEY } from '../../lib/storage-keys';

export function usePanelView(select: (tab: string) => void): void {
  useEffect(() => {
    const take = (view: unknown) => {
      if (typeof view === 'string') {
        select(view);
        void browser.storage.session.remove(PANEL_VIEW_KEY);
      }
    };
    void browser.storage.session.get(PANEL_VIEW_KEY).then((v) => take(v[PANEL_VIEW_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && PANEL_VIEW_KEY in changes) take(changes[PANEL_VIEW_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [select]);
}
