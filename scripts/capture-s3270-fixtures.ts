/**
 * Captures the fixture screens of the s3270 profiles: Debian's s3270 connected to the demo
 * TN3270 host (demo cases built for the fixture day), its /3270/screen.html saved after each
 * step, as the e2e tests see it. Run after changing the host's screens, then
 * `npx tsx scripts/snapshot-fixtures.ts` for the expected reads: `npx tsx scripts/capture-s3270-fixtures.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DemoState } from '../demo/data/state';
import { s3270Screen, startS3270Demo } from '../demo/tn3270/s3270';
import { FIXTURE_TODAY } from '../test/fixtures/demo-fixtures';

const ROOT = path.resolve('test/fixtures/screens');
const state = new DemoState(FIXTURE_TODAY);
const s3270 = await startS3270Demo(() => state);
const save = async (folder: string, name: string) => {
  await mkdir(path.join(ROOT, folder), { recursive: true });
  await writeFile(path.join(ROOT, folder, `${name}.html`), await s3270Screen(s3270.url));
};
try {
  await save('or-tracs3270-caseload', 'clst-page-1');
  await s3270.act('PF(8)');
  await save('or-tracs3270-caseload', 'clst-page-2');
  await s3270.act('PF(7)', 'String(1000103)', 'Enter()');
  await save('or-tracs3270-members', '1000103-inactive-member');
} finally {
  await s3270.close();
}
console.log(`s3270 screens written to ${ROOT}`);
