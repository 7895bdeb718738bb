#!/usr/bin/env node
// `npx caselens-profiles`: runs scripts/profiles-cli/main.ts with the repository's own dev
// tooling (tsx, resolved from this checkout, so it works from any folder) on this Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../scripts/profiles-cli/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const result = spawnSync(process.execPath, ['--import', tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
