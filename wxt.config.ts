import { defineConfig } from 'wxt';

// Hosts of the bundled demo legacy system. Agency hosts are never hard-coded here: they are
// granted at run time (optional host permissions) from settings or enterprise policy.
const DEMO_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({
    build: {
      rollupOptions: {
        // zod ships comments Rollup cannot place; harmless, but they bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'CaseLens',
    description:
      'Checks legacy TANF case screens against policy, locally. Case data never leaves the browser.',
    permissions: ['storage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_permissions: ['notifications'],
    host_permissions: DEMO_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open CaseLens' },
    commands: {
      'open-narration': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Draft a narration for the current screen',
      },
    },
    storage: { managed_schema: 'managed-schema.json' },
    browser_specific_settings:
      browser === 'firefox'
        ? // CaseLens collects nothing: say so in Firefox's data-collection declaration.
          { gecko: { id: 'caselens@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
