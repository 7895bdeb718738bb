/**
 * The policy in force in the panel: the built-in rules, templates, calendars and surveys with
 * the agency's policy packs over them (imported, or pushed by enterprise policy), live. The
 * panel loads it once (usePolicyState, in App) and every component reads it from context.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { policyInForce, type PolicyInForce } from '../../lib/policy-pack/in-force';
import { MANAGED_POLICY_KEY, POLICY_PACKS_KEY } from '../../lib/storage-keys';
import { knownPolicy } from '../managed-values';

export async function loadPolicy(): Promise<PolicyInForce> {
  const [local, managed] = await Promise.all([browser.storage.local.get(POLICY_PACKS_KEY), knownPolicy()]);
  return policyInForce(local[POLICY_PACKS_KEY], managed.policyPacks);
}

export function usePolicyState(): PolicyInForce | undefined {
  const [policy, setPolicy] = useState<PolicyInForce>();
  useEffect(() => {
    let alive = true;
    const refresh = () => void loadPolicy().then((p) => alive && setPolicy(p));
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (POLICY_PACKS_KEY in changes || MANAGED_POLICY_KEY in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return policy;
}

export const PolicyContext = createContext<PolicyInForce>(policyInForce(undefined, undefined));

export const usePolicy = (): PolicyInForce => useContext(PolicyContext);
