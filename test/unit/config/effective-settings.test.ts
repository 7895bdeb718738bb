import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../lib/config/effective-settings';
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
});
