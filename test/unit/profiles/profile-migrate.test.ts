/** Format-1 profile files still import: migrated on load to format 2, meaning what they meant. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProfileFile } from '../../../lib/config/profile-file';
import { migrateProfile, parseProfile, UNVERSIONED } from '../../../lib/screen/profile-migrate';
import { PROFILE_SCHEMA_VERSION } from '../../../lib/screen/profile-schema';
import { readScreen } from '../../../lib/screen/read-screen';
import { loadFixture } from '../helpers/dom';

const V1_FILE = 'test/fixtures/agency-profiles/ak-cms-childcare.json';
const opts = { url: 'http://legacy.example/cms/page', referenceYear: 2026 };

describe('profile format migration', () => {
  it('the agency file in format 1 imports as format 2, unversioned, its lists meaning the whole list', () => {
    const raw = JSON.parse(readFileSync(V1_FILE, 'utf8')) as { profiles: Array<{ schemaVersion: number }> };
    expect(raw.profiles[0]!.schemaVersion).toBe(1);
    const file = parseProfileFile(readFileSync(V1_FILE, 'utf8'));
    if (!file.ok) throw new Error(file.error);
    const [profile] = file.profiles;
    expect(profile).toMatchObject({ schemaVersion: PROFILE_SCHEMA_VERSION, version: UNVERSIONED });
    expect(profile!.lists.map((l) => l.meaning)).toEqual(profile!.lists.map(() => 'complete'));
  });

  it('a migrated profile reads its screen exactly as the format-1 profile did', () => {
    const file = parseProfileFile(readFileSync(V1_FILE, 'utf8'));
    if (!file.ok) throw new Error(file.error);
    const { read } = readScreen(loadFixture('_none/cms-childcare-history-unknown.html'), file.profiles, opts);
    expect(read).toMatchObject({ profileId: 'ak-cms-childcare', profileVersion: UNVERSIONED, problems: [] });
    expect(read!.lists[0]!.rows).toHaveLength(2);
  });

  it('leaves other formats alone, so a newer file is refused rather than half-understood', () => {
    expect(migrateProfile({ schemaVersion: 3, id: 'x' })).toEqual({ schemaVersion: 3, id: 'x' });
    expect(migrateProfile('not a profile')).toBe('not a profile');
    const r = parseProfile({ schemaVersion: 3, id: 'x' });
    expect(r.success).toBe(false);
  });

  it('a format-2 profile must carry its own version', () => {
    const raw = JSON.parse(readFileSync(V1_FILE, 'utf8')) as { profiles: Array<Record<string, unknown>> };
    const r = parseProfile({ ...raw.profiles[0], schemaVersion: 2 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('version');
  });
});
