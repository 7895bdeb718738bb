/**
 * What the background needs from extension storage: settings and profiles in force (worker's
 * own plus enterprise policy), cached until storage changes.
 */
import { browser } from 'wxt/browser';
import { IMPORTED_PROFILES_KEY, PROFILES_IN_FORCE_KEY, SETTINGS_KEY, SURVEYS_IN_FORCE_KEY } from '../../lib/storage-keys';
import { effectiveSettings, type EffectiveSettings } from '../../lib/config/effective-settings';
import { profileSet, type ProfileSet } from '../../lib/config/profile-set';
import { builtInKnowledge } from '../../lib/knowledge';
import { managedValues } from '../../components/managed-values';
import { workerSurveys } from '../../lib/rmss/surveys';

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

/**
 * Publishes the RMSS surveys a worker may be given (validated; demonstration surveys left out)
 * for the content script's survey-form overlay, which loads no zod to validate them itself.
 */
export async function publishSurveys(): Promise<void> {
  await browser.storage.local.set({ [SURVEYS_IN_FORCE_KEY]: workerSurveys() });
}

/**
 * Lets content scripts read storage.session, where the side panel leaves its RMSS guide result
 * (recommendations, the confirmed case identifier and that household's names and birth dates)
 * for the survey-form overlay. Chosen over relaying it by message: the overlay then needs no
 * awake service worker and hears changes through storage.onChanged, as with the published
 * profiles. What this opens is CaseLens's own content scripts on the legacy hosts, never the
 * pages' scripts; session storage holds only the last screen's context (read from those same
 * pages) and the guide result, in memory until the browser restarts.
 */
export async function openSessionToContentScripts(): Promise<void> {
  await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}

export function watchStorage(onProfilesChanged: () => void, onSettingsChanged: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || STORAGE_KEYS.settings in changes) {
      settingsCache = undefined;
      onSettingsChanged();
    }
    if (area === 'managed' || STORAGE_KEYS.profiles in changes) {
      profilesCache = undefined;
      void publishProfiles().then(onProfilesChanged); // content scripts re-read on the published change
    }
  });
}
