/**
 * "Import screen profiles" and "Export": the JSON file format and its checks. A file is taken
 * whole or not at all, so a broken file never half-changes the profiles in use.
 */
import type { ScreenProfile } from '../screen/profile-schema';
import { validateProfiles } from './profile-set';

export const PROFILE_FILE_KIND = 'caselens-screen-profiles';

export type ProfileFileResult = { ok: true; profiles: ScreenProfile[] } | { ok: false; error: string };

const MAX_FILE_BYTES = 2_000_000;

export function parseProfileFile(text: string, fileName = 'the file'): ProfileFileResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: `${fileName} is larger than 2 MB; is it a screen-profile file?` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON: ${(e as Error).message}` };
  }
  // Accept the export format, a bare list of profiles, or one profile.
  let values: unknown[];
  if (Array.isArray(data)) values = data;
  else if (data && typeof data === 'object' && (data as { kind?: unknown }).kind === PROFILE_FILE_KIND) {
    const profiles = (data as { profiles?: unknown }).profiles;
    if (!Array.isArray(profiles)) return { ok: false, error: `${fileName}: "profiles" must be a list` };
    values = profiles;
  } else if (data && typeof data === 'object' && 'schemaVersion' in data) values = [data];
  else return { ok: false, error: `${fileName} is not a CaseLens screen-profile file (expected "kind": "${PROFILE_FILE_KIND}")` };
  if (!values.length) return { ok: false, error: `${fileName} contains no profiles` };
  const { profiles, problems } = validateProfiles(values, 'Screen');
  if (problems.length) return { ok: false, error: `${fileName} was not imported. ${problems.join(' ')}` };
  const ids = profiles.map((p) => p.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) return { ok: false, error: `${fileName} was not imported: profile "${dup}" appears twice` };
  return { ok: true, profiles };
}

/** Imported profiles replace earlier ones with the same id. */
export function mergeImported(existing: readonly ScreenProfile[], incoming: readonly ScreenProfile[]): ScreenProfile[] {
  const byId = new Map(existing.map((p) => [p.id, p]));
  for (const p of incoming) byId.set(p.id, p);
  return [...byId.values()];
}

export function profileFile(profiles: readonly ScreenProfile[]): string {
  return `${JSON.stringify({ kind: PROFILE_FILE_KIND, exportedBy: 'CaseLens', profiles }, null, 2)}\n`;
}
