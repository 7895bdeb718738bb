/** The worker's own settings (storage.local), saved only after validation so a bad value never lands. */
import type { Settings } from '../../lib/config/settings-schema';
import { validateSettingsPart } from '../../lib/config/effective-settings';
import { SETTINGS_KEY } from '../../lib/storage-keys';
import { useStorageValue } from './use-storage-value';

export function useUserSettings(): [Partial<Settings>, (patch: Partial<Settings>) => Promise<string | null>] {
  const [own, save] = useStorageValue<Partial<Settings>>(SETTINGS_KEY, {});
  const update = async (patch: Partial<Settings>): Promise<string | null> => {
    const { values, problems } = validateSettingsPart({ ...own, ...patch }, 'Your');
    if (problems.length) return problems.join(' ');
    await save(values);
    return null;
  };
  return [own, update];
}
