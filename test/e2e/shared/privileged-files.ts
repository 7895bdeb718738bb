/**
 * Writes and removes browser policy files, which live in system folders: directly when that is
 * allowed (root, as in CI, or a folder of the user's own), else through `sudo -n`. When neither
 * can write, the caller's test FAILS with a message saying so: an enterprise-policy test that
 * did not run must not pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const denied = (error: unknown) => ['EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');

function sudo(args: string[], what: string): void {
  const run = spawnSync('sudo', ['-n', ...args], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(
      `Cannot ${what}: this test writes a real browser policy file, which needs root or passwordless sudo ` +
        `(run the tests as root, as CI does, or allow 'sudo -n'). sudo said: ${(run.stderr || run.error?.message || '').trim()}`,
    );
  }
}

/** The folders of `dir` that do not exist yet, outermost first (to remove them again after). */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) missing.unshift(d);
  return missing;
}

export interface WrittenFile {
  file: string;
  /** Removes the file and the folders written for it. */
  remove(): Promise<void>;
}

export async function writePolicyFile(file: string, content: unknown, opts: { folderMode?: number; owner?: number } = {}): Promise<WrittenFile> {
  const dir = path.dirname(file);
  const created = missingFolders(dir);
  const text = `${JSON.stringify(content, null, 2)}\n`;
  let direct = true;
  try {
    await mkdir(dir, { recursive: true, mode: opts.folderMode ?? 0o755 });
    await writeFile(file, text, { mode: 0o644 });
  } catch (error) {
    if (!denied(error)) throw error;
    direct = false;
    const staged = path.join(tmpdir(), `caselens-policy-${process.pid}.json`);
    await writeFile(staged, text);
    try {
      sudo(['install', '-d', '-m', (opts.folderMode ?? 0o755).toString(8), ...(opts.owner !== undefined ? ['-o', String(opts.owner)] : []), dir], `create ${dir}`);
      sudo(['install', '-m', '0644', staged, file], `write ${file}`);
    } finally {
      await rm(staged, { force: true });
    }
  }
  return {
    file,
    remove: async () => {
      if (direct) {
        await rm(file, { force: true });
        for (const d of [...created].reverse()) await rmdir(d).catch(() => {});
      } else {
        sudo(['rm', '-f', file], `remove ${file}`);
        for (const d of [...created].reverse()) spawnSync('sudo', ['-n', 'rmdir', d]);
      }
    },
  };
}
