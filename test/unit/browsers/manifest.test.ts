/**
 * The manifests of the four builds (Chrome/Edge and Firefox, store and demo): stable ids for
 * enterprise deployment, no host the worker did not grant in the store builds, the agency's
 * hosts grantable at run time in each browser, and Firefox's minimum version matching the keys.
 */
import { describe, expect, it } from 'vitest';
import config, { agencyBuildHosts } from '../../../wxt.config';
import { DEMO_MANIFEST_KEY } from '../../../lib/origins/demo';
import { GECKO_ID } from '../../../lib/origins/extension-ids';

type Manifest = Record<string, unknown> & { permissions: string[]; optional_permissions: string[]; host_permissions: string[] };

async function manifestOf(browser: 'chrome' | 'firefox', mode: 'production' | 'demo'): Promise<Manifest> {
  const make = config.manifest as (env: { browser: string; mode: string; manifestVersion: 2 | 3; command: 'build' }) => Manifest | Promise<Manifest>;
  return make({ browser, mode, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build' });
}

const AGENCY_ORIGINS = ['https://*/*', 'http://*/*'];

describe('manifests', () => {
  it('Chrome/Edge store build: no key (the store assigns the id), no host, agency hosts optional', async () => {
    const m = await manifestOf('chrome', 'production');
    expect(m.key).toBeUndefined();
    expect(m.host_permissions).toEqual([]);
    expect(m.optional_host_permissions).toEqual(AGENCY_ORIGINS);
    expect(m.permissions).toContain('sidePanel');
    expect(m.minimum_chrome_version).toBe('120');
    expect(m.storage).toEqual({ managed_schema: 'managed-schema.json' });
  });

  it('Chrome demo build: the fixed key (the id policy files name) and the demo origin with its port', async () => {
    const m = await manifestOf('chrome', 'demo');
    expect(m.key).toBe(DEMO_MANIFEST_KEY);
    expect(m.host_permissions).toEqual(['http://127.0.0.1:4780/*', 'http://localhost:4780/*']);
  });

  it('Firefox store build (MV2): the gecko id, agency origins grantable through optional_permissions, 140 for data_collection_permissions', async () => {
    const m = await manifestOf('firefox', 'production');
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.optional_permissions).toEqual(['notifications', ...AGENCY_ORIGINS]);
    expect(m.optional_host_permissions).toBeUndefined(); // not an MV2 key
    expect(m.host_permissions).toEqual([]);
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.key).toBeUndefined();
  });

  it('Firefox demo build: the demo hosts without a port (Firefox patterns have none; CaseLens checks it)', async () => {
    const m = await manifestOf('firefox', 'demo');
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect((m.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
  });
});

describe("an agency's own package (CASELENS_AGENCY_HOSTS)", () => {
  it('makes the listed hosts required host permissions, so a policy force-install grants them', async () => {
    process.env.CASELENS_AGENCY_HOSTS = 'https://tracs.dhs.example.gov/*, https://*.cms.example.gov/*';
    try {
      expect((await manifestOf('chrome', 'production')).host_permissions).toEqual(['https://tracs.dhs.example.gov/*', 'https://*.cms.example.gov/*']);
      expect((await manifestOf('firefox', 'production')).host_permissions).toEqual(['https://tracs.dhs.example.gov/*', 'https://*.cms.example.gov/*']);
    } finally {
      delete process.env.CASELENS_AGENCY_HOSTS;
    }
  });

  it('refuses anything but a host pattern', () => {
    expect(agencyBuildHosts(undefined)).toEqual([]);
    expect(() => agencyBuildHosts('https://*/*')).toThrow(/not a host pattern/);
    expect(() => agencyBuildHosts('tracs.example.gov')).toThrow(/not a host pattern/);
  });
});
