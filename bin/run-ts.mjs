// Runs one of CaseLens's TypeScript command-line tools with the repository's own tsx, so the
// tools use the product's code as it is (no separate build). Used by the files in bin/.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export function runTs(relativeEntry) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  const entry = path.join(here, '..', relativeEntry);
  const result = spawnSync(process.execPath, ['--import', tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
