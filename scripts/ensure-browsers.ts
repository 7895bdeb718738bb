// Makes sure Debian's Chromium and Firefox ESR are installed: installs them when running as
// root, otherwise says how. Neither Playwright nor puppeteer may download browsers here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function ensureDebianBrowser(binary: string, pkg: string, name: string, envVar: string): string {
  if (existsSync(binary)) return binary;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`${name} not found at ${binary}. Install it with:\n  sudo apt-get update && sudo apt-get install -y ${pkg}\n(or set ${envVar} to a ${name} binary).`);
    process.exit(1);
  }
  console.log(`Installing ${name} (apt-get install -y ${pkg})...`);
  try {
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit' });
  }
  if (!existsSync(binary)) {
    console.error(`${name} installation failed.`);
    process.exit(1);
  }
  return binary;
}

export const ensureChromium = (): string => ensureDebianBrowser(CHROMIUM, 'chromium', 'Chromium', 'CHROMIUM_PATH');
export const ensureFirefox = (): string => ensureDebianBrowser(FIREFOX, 'firefox-esr', 'Firefox ESR', 'FIREFOX_PATH');
