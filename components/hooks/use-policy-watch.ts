/** What the policy watch noticed on the agency's policy manual pages, live (lib/policy-watch). */
import type { PolicyChange, WatchResult } from '../../lib/policy-watch/compare';
import { POLICY_WATCH_KEY } from '../../lib/storage-keys';
import { useStorageValue } from './use-storage-value';

export function usePolicyWatch(): WatchResult[] {
  const [results] = useStorageValue<Record<string, WatchResult>>(POLICY_WATCH_KEY, {});
  return Object.values(results).sort((a, b) => b.seenAt.localeCompare(a.seenAt));
}

/** The changes a manual page showed for one unit (a finding's rule), newest page first. */
export function changesFor(results: readonly WatchResult[], kind: PolicyChange['unit']['kind'], id: string): Array<PolicyChange & { page: WatchResult }> {
  return results.flatMap((page) => page.changes.filter((c) => c.unit.kind === kind && c.unit.id === id).map((c) => ({ ...c, page })));
}
