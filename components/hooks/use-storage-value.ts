/** A value in extension storage (local), live, with a setter. */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function useStorageValue<T>(key: string, fallback: T): [T, (value: T) => Promise<void>, boolean] {
  const [value, setValue] = useState<T>(fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(key).then((v) => {
      if (!alive) return;
      if (v[key] !== undefined) setValue(v[key] as T);
      setLoaded(true);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) setValue((changes[key]!.newValue as T | undefined) ?? fallback);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
    // fallback is a constant default; re-subscribing when it changes identity is not wanted
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const save = useCallback((next: T) => browser.storage.local.set({ [key]: next }), [key]);
  return [value, save, loaded];
}
