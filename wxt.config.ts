import { defineConfig } from 'wxt';
import { DEMO_MANIFEST_KEY, DEMO_ORIGINS } from './lib/origins/demo';
import { GECKO_ID } from './lib/origins/extension-ids';

/**
 * Two builds (see docs/security.md):
 * - the store build (`wxt build`, `.output/<browser>-mv*`): no host permission at all. The
 *   agency's own legacy hosts are optional permissions granted at run time, and the content
 *   script is registered only for those;
 * - the demo build (`wxt build --mode demo`, `.output/<browser>-mv*-demo`): also granted the
 *   bundled demo system's origin (port 4780 only, in Chromium), with a fixed extension id, for
 *   `npm start` and the e2e tests. A worker's browser never gets it.
 */
/**
 * An agency's own package (`CASELENS_AGENCY_HOSTS="https://tracs.example.gov/*" npm run
 * package`): its legacy hosts become required host permissions, which a policy force-install
 * grants without asking anyone. No browser policy grants an optional host permission
 * (ExtensionSettings' runtime_allowed_hosts only lifts a block), so this, or the worker's own
 * grant in Settings, is how CaseLens gets a host (docs/deployment.md). Empty for the store.
 */
export function agencyBuildHosts(value: string | undefined): string[] {
  const hosts = (value ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const bad = hosts.filter((h) => !/^https?:\/\/(\*\.)?[^/*:]+(:\d{1,5})?\/\*$/.test(h));
  if (bad.length) throw new Error(`CASELENS_AGENCY_HOSTS: not a host pattern like https://tracs.example.gov/*: ${bad.join(', ')}`);
  return hosts;
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  /**
   * `npm run package`: the store build zipped for the Chrome Web Store and Edge Add-ons (one
   * zip; each store assigns and signs the extension id, and refuses a manifest `key`, so the
   * store build carries none), the Firefox zip for addons.mozilla.org (listed or unlisted; its
   * id is the gecko id in the manifest) and the sources zip Mozilla's review asks for.
   */
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // What reviewers need to rebuild the Firefox zip (npm ci, npm run build:firefox), not the demo system, docs or benches.
    excludeSources: ['demo/**', 'bench/**', 'docs/**', 'test/**', 'artifacts/**', 'test-results/**', 'playwright-report/**'],
  },
  vite: () => ({
    build: {
      minify: true,
      rollupOptions: {
        // zod ships comments Rollup cannot place; harmless, but they bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser, mode }) => {
    const demo = mode === 'demo';
    // Firefox match patterns take no port: the content script itself checks the port.
    const demoHosts = DEMO_ORIGINS.map((o) => (browser === 'firefox' ? `${o.replace(/:\d+$/, '')}/*` : `${o}/*`));
    /**
     * The agency's legacy hosts, asked for at run time. Firefox gets a Manifest V2 build (WXT's
     * default there), where the origins go into optional_permissions (MV2 has no
     * optional_host_permissions). MV2 rather than MV3 for Firefox: its background page stays
     * alive, so the frames a tab shows stay known between messages instead of being rebuilt
     * after every idle suspension, and Mozilla keeps MV2 supported with no end date; every API
     * CaseLens uses (scripting, storage.session, permissions) works the same in both.
     */
    const agencyOrigins = ['https://*/*', 'http://*/*'];
    const builtInHosts = agencyBuildHosts(process.env.CASELENS_AGENCY_HOSTS);
    return {
      name: demo ? 'CaseLens (demo build)' : 'CaseLens',
      description:
        'Checks legacy TANF case screens against policy, locally. Case data never leaves the browser.',
      permissions: ['storage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
      optional_permissions: ['notifications', ...(browser === 'firefox' ? agencyOrigins : [])],
      host_permissions: [...(demo ? demoHosts : []), ...builtInHosts],
      ...(browser === 'firefox' ? {} : { optional_host_permissions: agencyOrigins }),
      // sidePanel.open (116), scripting matchOriginAsFallback (119).
      minimum_chrome_version: '120',
      ...(demo && browser !== 'firefox' ? { key: DEMO_MANIFEST_KEY } : {}),
      action: { default_title: 'Open CaseLens' },
      commands: {
        'open-narration': {
          suggested_key: { default: 'Alt+Shift+N' },
          description: 'Draft a narration for the current screen',
        },
        // The page also answers Alt+Shift+M itself (entrypoints/content/first-stage.ts), for
        // when the browser leaves the shortcut unassigned (taken by another extension).
        'next-mark': {
          suggested_key: { default: 'Alt+Shift+M' },
          description: 'Go to the next CaseLens mark on the page',
        },
      },
      storage: { managed_schema: 'managed-schema.json' },
      browser_specific_settings:
        browser === 'firefox'
          ? {
              gecko: {
                // The add-on id enterprise policy names (ExtensionSettings, 3rdparty), stable across versions.
                id: GECKO_ID,
                // data_collection_permissions (CaseLens collects nothing, and says so) needs 140,
                // the current ESR; scripting (102) and storage.session (115) need less.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // Not a target (no sidebar there), but the data-collection key needs 142 on Android.
              gecko_android: { strict_min_version: '142.0' },
            }
          : undefined,
    };
  },
});
