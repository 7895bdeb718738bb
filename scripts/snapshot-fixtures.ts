/**
 * Writes the screen fixtures in test/fixtures/screens/<profile-id>/ from the demo legacy
 * system, for a fixed "today" so they never change by themselves, and beside each the read
 * the profiles make of it (<name>.expected.json, what `caselens-profiles test` checks). Screens
 * that no profile should recognise go to _none/. Run after changing a demo screen or a built-in
 * profile: `npx tsx scripts/snapshot-fixtures.ts`, and review the change with git diff.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoFixtures, FIXTURE_TODAY } from '../test/fixtures/demo-fixtures';
import { runProfileTests } from './profiles-cli/run';

const ROOT = path.resolve('test/fixtures/screens');

for (const f of demoFixtures()) {
  const dir = path.join(ROOT, f.profileId ?? '_none');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${f.name}.html`), f.html);
}
await runProfileTests([ROOT], { update: true, year: Number(FIXTURE_TODAY.slice(0, 4)) });
console.log(`Fixtures and their expected reads written to ${ROOT}`);
