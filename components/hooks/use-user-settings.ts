/** The worker's own settings (storage.local), saved only after validation so a bad value never lands. */
import { SettingsSchema, type Settings } from '../../lib/config/settings-schema';
import { describeZodError } from '../../lib/validation/describe-error';
import { SETTINGS_KEY } from '../../lib/storage-keys';
import { useStorageValue } from './use-storage-value';

export function useUserSettings(): [Partial<Settings>, (patch: Partial<Settings>) => Promise<string | null>] {
  const [own, save] = useStorageValue<Partial<Settings>>(SETTINGS_KEY, {});
  const update = async (patch: Partial<Settings>): Promise<string | null> => {
    const next = { ...own, ...patch };
    const checked = SettingsSchema.partial().safeParse(next);
    if (!checked.success) return describeZodError(checked.error);
    await save(checked.data as Partial<Settings>);
    return null;
  };
  return [own, update];
}
