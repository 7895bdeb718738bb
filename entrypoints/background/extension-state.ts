/**
 * What the background needs from extension storage: settings and profiles in force (worker's
 * own plus enterprise policy), and which origins CaseLens may read, cached until storage or
 * permissions change. Extension storage is closed to content scripts (they get profiles and
 * surveys by message, only those for their own origin).
 */
import { browser } from 'wxt/browser';
import { IMPORTED_PROFILES_KEY, MANAGED_POLICY_KEY, POLICY_PACKS_KEY, RMSS_GUIDE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { policyInForce, type PolicyInForce } from '../../lib/policy-pack/in-force';
import { packSettingDefaults } from '../../lib/policy-pack/policy-knowledge';
import { readGuideShare, type RmssGuideShare } from '../../lib/rmss/guide-share';
import { effectiveSettings, type EffectiveSettings } from '../../lib/config/effective-settings';
import { profileSet, type ProfileSet } from '../../lib/config/profile-set';
import { builtInKnowledge } from '../../lib/knowledge';
import type { OriginScope } from '../../lib/origins/agency-origins';
import { knownPolicy } from '../../components/managed-values';
import { grantedAgencyHosts, grantedManualPages } from './agency-hosts';
import { DEMO_BUILD } from './build-flavour';

let settingsCache: Promise<EffectiveSettings> | undefined;
let policyCache: Promise<PolicyInForce> | undefined;
let profilesCache: Promise<ProfileSet> | undefined;
let scopeCache: Promise<OriginScope> | undefined;
let guideCache: Promise<RmssGuideShare | null> | undefined;

/** The side panel's RMSS guide result (storage.session), kept in memory: every hello carries it. */
export function currentGuide(): Promise<RmssGuideShare | null> {
  guideCache ??= browser.storage.session.get(RMSS_GUIDE_KEY).then((v) => readGuideShare(v[RMSS_GUIDE_KEY]));
  return guideCache;
}

/** The policy packs in force (imported and pushed by enterprise policy) over the built-in rules, templates, calendars and surveys. */
export function currentPolicy(): Promise<PolicyInForce> {
  policyCache ??= (async () => {
    const [local, managed] = await Promise.all([browser.storage.local.get(POLICY_PACKS_KEY), knownPolicy()]);
    return policyInForce(local[POLICY_PACKS_KEY], managed.policyPacks);
  })();
  return policyCache;
}

export function currentSettings(): Promise<EffectiveSettings> {
  settingsCache ??= (async () => {
    const [local, managed, policy] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), knownPolicy(), currentPolicy()]);
    return effectiveSettings(local[SETTINGS_KEY], managed.settings, packSettingDefaults(policy.packs));
  })();
  return settingsCache;
}

export function currentProfiles(): Promise<ProfileSet> {
  profilesCache ??= (async () => {
    const [local, managed] = await Promise.all([browser.storage.local.get(IMPORTED_PROFILES_KEY), knownPolicy()]);
    return profileSet(builtInKnowledge().profiles, local[IMPORTED_PROFILES_KEY], managed.profiles);
  })();
  return profilesCache;
}

/** The origins CaseLens may read: the agency's hosts whose permission is granted (and the demo's, in the demo build). */
export function currentScope(): Promise<OriginScope> {
  scopeCache ??= (async () => {
    const { settings } = await currentSettings();
    return { agencyHosts: await grantedAgencyHosts(settings), systemHosts: settings.systemHosts, demo: DEMO_BUILD, manualPages: await grantedManualPages(settings) };
  })();
  return scopeCache;
}

export function forgetScope(): void {
  scopeCache = undefined;
}

/**
 * Keeps extension storage to CaseLens's own pages and worker: session storage is so by
 * default (and is set so again in case an older version opened it); local storage can be
 * closed to content scripts in recent Chromium. Firefox cannot close local storage (bug
 * 1724754), which docs/security.md records; what the background reads from it is validated.
 */
export async function closeStorageToContentScripts(): Promise<void> {
  const trusted = { accessLevel: 'TRUSTED_CONTEXTS' } as const;
  type Closable = { setAccessLevel?: (o: typeof trusted) => Promise<void> };
  await (browser.storage.session as unknown as Closable).setAccessLevel?.(trusted).catch(() => {});
  await (browser.storage.local as unknown as Closable).setAccessLevel?.(trusted).catch(() => {});
}

export function watchStorage(onProfilesChanged: () => void, onSettingsChanged: () => void): void {
  // The policy copy changes when the browser's answer differs (see refreshPolicy).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') return;
    if (area === 'session' && RMSS_GUIDE_KEY in changes) guideCache = undefined;
    const policy = MANAGED_POLICY_KEY in changes;
    if (policy || POLICY_PACKS_KEY in changes) policyCache = undefined;
    if (policy || SETTINGS_KEY in changes || POLICY_PACKS_KEY in changes) {
      settingsCache = undefined;
      scopeCache = undefined;
      onSettingsChanged();
    }
    if (policy || IMPORTED_PROFILES_KEY in changes) {
      profilesCache = undefined;
      onProfilesChanged();
    }
  });
}
