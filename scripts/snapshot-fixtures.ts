/**
 * Writes the screen fixtures in test/fixtures/screens/<profile-id>/ from the demo legacy
 * system, for a fixed "today" so they never change by themselves. Screens that no profile
 * should recognise go to _none/. Run after changing a demo screen: `npx tsx scripts/snapshot-fixtures.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { demoFixtures } from '../test/fixtures/demo-fixtures';

const ROOT = path.resolve('test/fixtures/screens');

for (const f of demoFixtures()) {
  const dir = path.join(ROOT, f.profileId ?? '_none');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${f.name}.html`), f.html);
}
console.log(`Fixtures written to ${ROOT}`);
