/**
 * What the background needs from extension storage: settings and profiles in force (worker's
 * own plus enterprise policy), cached until storage changes.
 */
import { browser } from 'wxt/browser';
import { IMPORTED_PROFILES_KEY, PROFILES_IN_FORCE_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import { effectiveSettings, type EffectiveSettings } from '../../lib/config/effective-settings';
import { profileSet, type ProfileSet } from '../../lib/config/profile-set';
import { builtInKnowledge } from '../../lib/knowledge';
import { managedValues } from '../../components/managed-values';

const STORAGE_KEYS = { settings: SETTINGS_KEY, profiles: IMPORTED_PROFILES_KEY } as const;

let settingsCache: Promise<EffectiveSettings> | undefined;
let profilesCache: Promise<ProfileSet> | undefined;

export function currentSettings(): Promise<EffectiveSettings> {
  settingsCache ??= (async () => {
    const [local, managed] = await Promise.all([browser.storage.local.get(STORAGE_KEYS.settings), managedValues()]);
    return effectiveSettings(local[STORAGE_KEYS.settings], managed.settings);
  })();
  return settingsCache;
}

export function currentProfiles(): Promise<ProfileSet> {
  profilesCache ??= (async () => {
    const [local, managed] = await Promise.all([browser.storage.local.get(STORAGE_KEYS.profiles), managedValues()]);
    return profileSet(builtInKnowledge().profiles, local[STORAGE_KEYS.profiles], managed.profiles);
  })();
  return profilesCache;
}

/** Publishes the profiles in force where content scripts read them without waking this worker. */
export async function publishProfiles(): Promise<void> {
  const { profiles } = await currentProfiles();
  await browser.storage.local.set({ [PROFILES_IN_FORCE_KEY]: profiles });
}

export function watchStorage(onProfilesChanged: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || STORAGE_KEYS.settings in changes) settingsCache = undefined;
    if (area === 'managed' || STORAGE_KEYS.profiles in changes) {
      profilesCache = undefined;
      void publishProfiles().then(onProfilesChanged); // content scripts re-read on the published change
    }
  });
}
