/** Settings in force (worker's own + enterprise policy), live. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings } from '../../lib/config/effective-settings';
import { knownPolicy } from '../managed-values';
import { MANAGED_POLICY_KEY, SETTINGS_KEY } from '../../lib/storage-keys';

async function load(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), knownPolicy()]);
  return effectiveSettings(local[SETTINGS_KEY], managed.settings);
}

export function useSettings(): EffectiveSettings | undefined {
  const [state, setState] = useState<EffectiveSettings>();
  useEffect(() => {
    let alive = true;
    const refresh = () => void load().then((s) => alive && setState(s));
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SETTINGS_KEY in changes || MANAGED_POLICY_KEY in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
