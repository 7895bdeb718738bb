import { defineConfig } from 'wxt';
import { DEMO_MANIFEST_KEY, DEMO_ORIGINS } from './lib/origins/demo';

/**
 * Two builds (see docs/security.md):
 * - the store build (`wxt build`, `.output/<browser>-mv*`): no host permission at all. The
 *   agency's own legacy hosts are optional permissions granted at run time, and the content
 *   script is registered only for those;
 * - the demo build (`wxt build --mode demo`, `.output/<browser>-mv*-demo`): also granted the
 *   bundled demo system's origin (port 4780 only, in Chromium), with a fixed extension id, for
 *   `npm start` and the e2e tests. A worker's browser never gets it.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
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
    return {
      name: demo ? 'CaseLens (demo build)' : 'CaseLens',
      description:
        'Checks legacy TANF case screens against policy, locally. Case data never leaves the browser.',
      permissions: ['storage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
      optional_permissions: ['notifications'],
      host_permissions: demo ? demoHosts : [],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
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
          ? // CaseLens collects nothing: say so in Firefox's data-collection declaration.
            { gecko: { id: 'caselens@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } }
          : undefined,
    };
  },
});
