import { defineConfig } from '@playwright/test';

// The Firefox suite (npm run test:e2e:firefox): Playwright Test runs it, puppeteer-core drives
// Firefox ESR (see test/e2e-firefox/fixtures.ts). One browser at a time on two shared cores.
export default defineConfig({
  testDir: 'test/e2e-firefox',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/firefox',
  forbidOnly: true,
});
