import { defineConfig } from '@playwright/test';

// Extensions need a persistent context, so tests share nothing and run one at a time (2 cores).
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  forbidOnly: true,
});
