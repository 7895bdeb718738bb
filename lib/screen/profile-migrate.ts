/**
 * Older profile files, brought to the current format on load so an agency's format-1 files
 * keep working. Format 1 had no profile version and no list meanings: every list meant the whole
 * list, which is what `meaning` defaults to, so the only change is the version ("0": unversioned).
 * Anything else (a newer or unknown format) is left as it is, for the schema to reject with a
 * clear message rather than be half-understood.
 */
import { PROFILE_SCHEMA_VERSION, ScreenProfileSchema, type ScreenProfile } from './profile-schema';

/** The version a migrated format-1 profile gets: it carried none. */
export const UNVERSIONED = '0';

export function migrateProfile(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  if (v.schemaVersion !== 1) return value;
  return { ...v, schemaVersion: PROFILE_SCHEMA_VERSION, version: UNVERSIONED };
}

/** Validates a profile of any supported format (migrated first). */
export function parseProfile(value: unknown): ReturnType<typeof ScreenProfileSchema.safeParse> {
  return ScreenProfileSchema.safeParse(migrateProfile(value));
}

/** For built-in files, which must be valid: throws on a broken one (a bug for the tests). */
export function loadProfile(value: unknown): ScreenProfile {
  return ScreenProfileSchema.parse(migrateProfile(value));
}
