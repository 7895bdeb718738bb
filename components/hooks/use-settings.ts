/** Settings in force (what policy packs set beneath, the worker's own, enterprise policy over both), live. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings } from '../../lib/config/effective-settings';
import { knownPolicy } from '../managed-values';
import { MANAGED_POLICY_KEY, POLICY_PACKS_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { packSettingDefaults } from '../../lib/policy-pack/policy-knowledge';
import { loadPolicy } from './use-policy';

async function load(): Promise<EffectiveSettings> {
  const [local, managed, policy] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), knownPolicy(), loadPolicy()]);
  return effectiveSettings(local[SETTINGS_KEY], managed.settings, packSettingDefaults(policy.packs));
}

export function useSettings(): EffectiveSettings | undefined {
  const [state, setState] = useState<EffectiveSettings>();
  useEffect(() => {
    let alive = true;
    const refresh = () => void load().then((s) => alive && setState(s));
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SETTINGS_KEY in changes || MANAGED_POLICY_KEY in changes || POLICY_PACKS_KEY in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
