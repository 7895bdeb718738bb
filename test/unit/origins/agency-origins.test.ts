/**
 * Which pages CaseLens may read and with which profiles: only the agency's granted hosts (and
 * the demo origin in the demo build); built-in profiles only where the agency binds them.
 */
import { describe, expect, it } from 'vitest';
import { isReadableUrl, profileAppliesOn, profilesFor, type OriginScope } from '../../../lib/origins/agency-origins';
import { builtInKnowledge } from '../../../lib/knowledge';

const store: OriginScope = { agencyHosts: ['https://tracs.dhs.example.gov/*'], systemHosts: {}, demo: false };
const demo: OriginScope = { agencyHosts: [], systemHosts: {}, demo: true };
const { profiles } = builtInKnowledge();

describe('isReadableUrl', () => {
  it('reads the agency hosts only in the store build, the demo origin too in the demo build', () => {
    expect(isReadableUrl(store, 'https://tracs.dhs.example.gov/cpln')).toBe(true);
    expect(isReadableUrl(store, 'http://127.0.0.1:4780/tracs/')).toBe(false);
    expect(isReadableUrl(demo, 'http://127.0.0.1:4780/tracs/')).toBe(true);
    expect(isReadableUrl(demo, 'http://localhost:4780/tracs/')).toBe(true);
    expect(isReadableUrl(demo, 'http://127.0.0.1:4781/tracs/')).toBe(false);
    expect(isReadableUrl(demo, 'http://127.0.0.1:8080/')).toBe(false);
    expect(isReadableUrl(demo, undefined)).toBe(false);
  });
});

describe('profile binding', () => {
  it('binds every built-in profile to the demo system: none applies on an agency host unless the agency binds it', () => {
    expect(profiles.every((p) => p.hosts?.includes('demo'))).toBe(true);
    expect(profilesFor(profiles, store, 'https://tracs.dhs.example.gov/cpln')).toEqual([]);
    expect(profilesFor(profiles, demo, 'http://127.0.0.1:4780/tracs/').length).toBe(profiles.length);
  });

  it('applies a system\'s profiles on the hosts the agency bound that system to, and no others', () => {
    const bound: OriginScope = { ...store, systemHosts: { TRACS: ['https://tracs.dhs.example.gov/*'] } };
    const on = profilesFor(profiles, bound, 'https://tracs.dhs.example.gov/cpln');
    expect(on.length).toBeGreaterThan(0);
    expect(on.every((p) => p.system === 'TRACS')).toBe(true);
    expect(profilesFor(profiles, bound, 'https://cms.dhs.example.gov/')).toEqual([]);
  });

  it('applies an agency profile that names no hosts on any granted host, never outside them', () => {
    const own = { system: 'EIS', hosts: undefined };
    expect(profileAppliesOn(own, store, 'https://tracs.dhs.example.gov/x')).toBe(true);
    expect(profileAppliesOn(own, store, 'https://elsewhere.example.com/x')).toBe(false);
    // A profile's own hosts cannot reach past the granted origins.
    expect(profileAppliesOn({ system: 'EIS', hosts: ['https://elsewhere.example.com/*'] }, store, 'https://elsewhere.example.com/x')).toBe(false);
  });

  it('reads systemHosts as data: a system named like an Object.prototype key binds nothing', () => {
    expect(profileAppliesOn({ system: 'constructor', hosts: undefined }, store, 'https://tracs.dhs.example.gov/x')).toBe(true);
  });
});
