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

/**
 * The valid keys of a partial settings object, each checked on its own. (zod's .partial() would
 * fill every missing key with its default, so a policy setting one key would silently set all.)
 */
export function validateSettingsPart(value: unknown, source: string): { values: Partial<Settings>; problems: string[] } {
  if (value === undefined || value === null) return { values: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { values: {}, problems: [`${source} settings ignored: not a settings object`] };
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = SettingsSchema.shape as Record<string, z.ZodType>;
  for (const [key, v] of Object.entries(value)) {
    // Own keys only: "constructor" or "__proto__" in a file must not reach Object.prototype.
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      problems.push(`${source} setting "${key}" is unknown and was ignored`);
      continue;
    }
    const parsed = z.object({ [key]: field }).safeParse({ [key]: v });
    if (parsed.success) values[key] = parsed.data[key];
    else problems.push(`${source} settings ignored: ${describeZodError(parsed.error)}`);
  }
  return { values: values as Partial<Settings>, problems };
}

function validPart(value: unknown, source: string, problems: string[]): Partial<Settings> {
  const result = validateSettingsPart(value, source);
  problems.push(...result.problems);
  return result.values;
}

/**
 * `packs`: what the agency's policy packs set beneath both (lib/policy-pack): the TCM services
 * as a default, and closure days, which add to the settings' own rather than being replaced.
 */
export function effectiveSettings(user: unknown, managed: unknown, packs: Partial<Settings> = {}): EffectiveSettings {
  const problems: string[] = [];
  const own = validPart(user, 'Your', problems);
  const policy = validPart(managed, 'Enterprise policy', problems);
  const merged = SettingsSchema.safeParse({ ...packs, ...own, ...policy });
  if (!merged.success) {
    problems.push(`Settings reset to defaults: ${describeZodError(merged.error)}`);
    return { settings: SettingsSchema.parse({}), managedKeys: [], problems };
  }
  const settings = merged.data;
  if (packs.closures && (own.closures || policy.closures)) {
    const union = (j: 'OR' | 'AK' | 'ME') => [...new Set([...packs.closures![j], ...settings.closures[j]])].sort();
    settings.closures = { OR: union('OR'), AK: union('AK'), ME: union('ME') };
  }
  return { settings, managedKeys: Object.keys(policy), problems };
}

/** The settings file format; its `settings` are checked key by key with validateSettingsPart. */
export const SettingsExportSchema = z.object({ kind: z.literal('caselens-settings'), settings: z.record(z.string(), z.unknown()) }).strict();

/** A settings file is a few kilobytes; anything far larger is refused before it is parsed. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

/** `details`: the technical reason, for the administrators' "details" disclosure. */
export type SettingsFileResult = { ok: true; values: Partial<Settings> } | { ok: false; details: string };

export const settingsFileTooLarge = (): SettingsFileResult => ({ ok: false, details: 'Larger than 1 MB, more than a settings file can be.' });

/** "Import settings": the whole file is checked, key by key; any problem and nothing changes. */
export function parseSettingsFile(text: string, fileName: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return settingsFileTooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, details: `Not valid JSON: ${(error as Error).message}` };
  }
  const parsed = SettingsExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, details: describeZodError(parsed.error) };
  const checked = validateSettingsPart(parsed.data.settings, fileName);
  if (checked.problems.length) return { ok: false, details: checked.problems.join(' ') };
  return { ok: true, values: checked.values };
}
