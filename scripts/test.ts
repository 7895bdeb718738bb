// `npm test`: typecheck, lint, unit tests, the profile test command on the saved screens, builds
// (Chrome/Edge and Firefox, store and demo), Mozilla's add-on linter, e2e in real Chromium, then
// e2e in Firefox ESR. Stops at the first failing step and says which.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureFirefox } from './ensure-browsers';
import { ensureS3270 } from './ensure-s3270';

const steps: Array<[string, string[]]> = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['screen profiles against the saved screens', ['node', 'bin/caselens-profiles.mjs', 'test', 'test/fixtures/screens', '--quiet']],
  ['build (Chrome/Edge MV3, store)', ['npx', 'wxt', 'build']],
  ['build (Firefox MV2, store)', ['npx', 'wxt', 'build', '-b', 'firefox']],
  ['build (Chrome/Edge MV3, demo: the store build plus the demo origin)', ['npx', 'tsx', 'scripts/build-demo.ts']],
  ['build (Firefox MV2, demo)', ['npx', 'tsx', 'scripts/build-demo.ts', '--firefox']],
  ['web-ext lint (Firefox builds)', ['npx', 'tsx', 'scripts/lint-firefox.ts']],
  ['e2e (Chromium)', ['npx', 'playwright', 'test']],
  ['e2e (Firefox ESR)', ['npx', 'playwright', 'test', '-c', 'playwright.firefox.config.ts']],
];

ensureChromium();
ensureFirefox();
ensureS3270();
for (const [name, [cmd, ...args]] of steps) {
  if (!cmd) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    console.error(`\nnpm test: step "${name}" failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`--- ${name}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
