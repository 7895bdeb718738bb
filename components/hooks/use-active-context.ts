/** The legacy screen the worker looked at last (any tab), kept live from storage.session. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ACTIVE_CONTEXT_KEY, type ActiveContext } from '../../lib/messages';

export function useActiveContext(): ActiveContext | undefined | null {
  const [active, setActive] = useState<ActiveContext | undefined | null>(null); // null = loading
  useEffect(() => {
    let alive = true;
    void browser.storage.session.get(ACTIVE_CONTEXT_KEY).then((v) => alive && setActive(v[ACTIVE_CONTEXT_KEY] as ActiveContext | undefined));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && ACTIVE_CONTEXT_KEY in changes) setActive(changes[ACTIVE_CONTEXT_KEY]!.newValue as ActiveContext | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return active;
}
