// Makes sure Debian's s3270 (the 3270 emulator the e2e tests read through) is installed:
// installs it when running as root, otherwise says how.
import { execFileSync } from 'node:child_process';
import { S3270, s3270Installed } from '../demo/tn3270/s3270';

export function ensureS3270(): void {
  if (s3270Installed()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(`s3270 not found at ${S3270}. Install it with:\n  sudo apt-get update && sudo apt-get install -y s3270\n(or set S3270_PATH to an s3270 binary).`);
    process.exit(1);
  }
  console.log('Installing s3270 (apt-get install -y s3270)...');
  try {
    execFileSync('apt-get', ['install', '-y', 's3270'], { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 's3270'], { stdio: 'inherit' });
  }
  if (!s3270Installed()) {
    console.error('s3270 installation failed.');
    process.exit(1);
  }
}
