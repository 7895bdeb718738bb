import { describe, expect, it } from 'vitest';
import { MAX_SETTINGS_FILE_BYTES, effectiveSettings, parseSettingsFile } from '../../../lib/config/effective-settings';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';

describe('settings in force', () => {
  it('starts from defaults: reminders off, 90-day retention', () => {
    const e = effectiveSettings(undefined, undefined);
    expect(e.settings.reminders.enabled).toBe(false);
    expect(e.settings.retentionDays).toBe(90);
    expect(e).toMatchObject({ managedKeys: [], problems: [] });
  });

  it('enterprise policy wins over the worker\'s own value and is reported as managed', () => {
    const e = effectiveSettings({ retentionDays: 30, dueSoonBusinessDays: 5 }, { retentionDays: 180, agencyHosts: ['https://tracs.example.gov/*'] });
    expect(e.settings.retentionDays).toBe(180);
    expect(e.settings.dueSoonBusinessDays).toBe(5);
    expect(e.settings.agencyHosts).toEqual(['https://tracs.example.gov/*']);
    expect(e.managedKeys.sort()).toEqual(['agencyHosts', 'retentionDays']);
  });

  it('ignores a broken stored value with a message, keeping everything else working', () => {
    const e = effectiveSettings({ retentionDays: 'forever' }, { tcmLookbackDays: 31 });
    expect(e.settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(e.problems).toEqual([expect.stringMatching(/^Your settings ignored: retentionDays: /)]);
    expect(e.settings.tcmLookbackDays).toBe(31);
  });

  it('agency TCM services replace the defaults (the list policy 000 lost is configuration)', () => {
    const services = [{ id: 'home-visit', label: 'Home visit', codes: ['HV'], narration: 'TANF family coach completed home visit with participant.', keywords: ['home visit'] }];
    expect(effectiveSettings(undefined, { tcmServices: services }).settings.tcmServices).toEqual(services);
    expect(effectiveSettings({ agencyHosts: ['not a pattern'] }, undefined).problems[0]).toMatch(/agencyHosts\[0\]: is not a match pattern/);
  });

  it('takes keys named like Object.prototype members as unknown keys, and the rest still applies (failed before: the panel stuck on Loading)', () => {
    const e = effectiveSettings(JSON.parse('{"constructor": {"x": 1}, "__proto__": {"retentionDays": 1}, "toString": 3, "retentionDays": 45}'), undefined);
    expect(e.settings.retentionDays).toBe(45);
    expect(e.problems).toEqual([
      'Your setting "constructor" is unknown and was ignored',
      'Your setting "__proto__" is unknown and was ignored',
      'Your setting "toString" is unknown and was ignored',
    ]);
    expect(({} as Record<string, unknown>).retentionDays).toBeUndefined();
  });

  it('binds a system\'s screens to the agency hosts it names, and refuses a host that is not a match pattern', () => {
    expect(effectiveSettings({ systemHosts: { TRACS: ['https://tracs.example.gov/*'] } }, undefined).settings.systemHosts).toEqual({ TRACS: ['https://tracs.example.gov/*'] });
    expect(effectiveSettings({ systemHosts: { TRACS: ['tracs.example.gov'] } }, undefined).problems[0]).toMatch(/systemHosts/);
  });
});

describe('parseSettingsFile', () => {
  it('imports a valid file, and refuses a broken, foreign or oversized one with the reason', () => {
    expect(parseSettingsFile('{"kind":"caselens-settings","settings":{"retentionDays":60}}', 's.json')).toEqual({ ok: true, values: { retentionDays: 60 } });
    expect(parseSettingsFile('{"kind":', 's.json')).toMatchObject({ ok: false, details: expect.stringMatching(/^Not valid JSON/) });
    expect(parseSettingsFile('{"kind":"other"}', 's.json')).toMatchObject({ ok: false, details: expect.stringMatching(/kind/) });
    expect(parseSettingsFile(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1), 's.json')).toMatchObject({ ok: false, details: expect.stringMatching(/Larger than 1 MB/) });
  });
});
