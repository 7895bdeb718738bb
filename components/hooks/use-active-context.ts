/**
 * The legacy screen in the tab the worker is looking at, in this panel's window, kept live from
 * storage.session (the background publishes it per window; a tab in the background never
 * changes it). null while loading; undefined when nothing has been published for the window.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ACTIVE_CONTEXTS_KEY, type ActiveContext } from '../../lib/messages';

type Contexts = Record<string, ActiveContext> | undefined;

export function useActiveContext(): ActiveContext | undefined | null {
  const [active, setActive] = useState<ActiveContext | undefined | null>(null);
  useEffect(() => {
    let alive = true;
    let windowId: number | undefined;
    const take = (contexts: Contexts) => {
      if (alive && windowId !== undefined) setActive(contexts?.[String(windowId)]);
    };
    void (async () => {
      windowId = (await browser.windows.getCurrent()).id;
      take((await browser.storage.session.get(ACTIVE_CONTEXTS_KEY))[ACTIVE_CONTEXTS_KEY] as Contexts);
    })();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && ACTIVE_CONTEXTS_KEY in changes) take(changes[ACTIVE_CONTEXTS_KEY]!.newValue as Contexts);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return active;
}
