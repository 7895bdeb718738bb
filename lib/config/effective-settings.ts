/**
 * The settings in force: defaults, then the worker's own, then enterprise policy
 * (storage.managed), which wins and can lock settings. A broken stored value is reported and
 * ignored, never half-applied.
 */
import { z } from 'zod';
import { SettingsSchema, type Settings } from './settings-schema';
import { describeZodError } from '../validation/describe-error';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by enterprise policy; the UI shows them read-only. */
  managedKeys: string[];
  problems: string[];
}

const PartialSettings = SettingsSchema.partial();

function validPart(value: unknown, source: string, problems: string[]): Partial<Settings> {
  if (value === undefined || value === null) return {};
  const parsed = PartialSettings.safeParse(value);
  if (parsed.success) return parsed.data as Partial<Settings>;
  problems.push(`${source} settings ignored: ${describeZodError(parsed.error)}`);
  return {};
}

export function effectiveSettings(user: unknown, managed: unknown): EffectiveSettings {
  const problems: string[] = [];
  const own = validPart(user, 'Your', problems);
  const policy = validPart(managed, 'Enterprise policy', problems);
  const merged = SettingsSchema.safeParse({ ...own, ...policy });
  if (!merged.success) {
    problems.push(`Settings reset to defaults: ${describeZodError(merged.error)}`);
    return { settings: SettingsSchema.parse({}), managedKeys: [], problems };
  }
  return { settings: merged.data, managedKeys: Object.keys(policy), problems };
}

export const SettingsExportSchema = z.object({ kind: z.literal('caselens-settings'), settings: PartialSettings }).strict();
