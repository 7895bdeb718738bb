// `npm run build:demo`: the demo build (.output/<browser>-mv*-demo), a production build in
// every respect but the demo origin it may read. WXT takes NODE_ENV from the mode unless it is
// set, so it is set here: React and the JSX runtime are then their production builds.
import { spawnSync } from 'node:child_process';

export function buildDemo(browser: 'chrome' | 'firefox' = 'chrome'): number {
  const args = ['wxt', 'build', '--mode', 'demo', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  return spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }).status ?? 1;
}

const isMain = process.argv[1]?.endsWith('build-demo.ts');
if (isMain) process.exit(buildDemo(process.argv.includes('--firefox') ? 'firefox' : 'chrome'));
