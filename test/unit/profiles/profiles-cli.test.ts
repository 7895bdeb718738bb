/**
 * `caselens-profiles test DIR`: the repository's own saved screens all read as recorded; a screen
 * that no longer reads as its expected read fails, naming each fact that changed; a profile file
 * in the folder replaces the built-in profile of its id, as Settings → Import does.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProfileTests } from '../../../scripts/profiles-cli/run';
import { builtInKnowledge } from '../../../lib/knowledge';

const FIXTURES = 'test/fixtures/screens';
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/caselens-profiles.mjs', ...args], { encoding: 'utf8' });

function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'caselens-cli-'));
  for (const ext of ['.html', '.expected.json']) cpSync(path.join(FIXTURES, `${name}${ext}`), path.join(dir, `${path.basename(name)}${ext}`));
  return dir;
}

describe('caselens-profiles test', () => {
  it("every screen in the repository's fixtures reads as its expected read", async () => {
    const run = await runProfileTests([FIXTURES]);
    expect(run.errors).toEqual([]);
    expect(run.results.length).toBeGreaterThan(40);
    expect(run.results.filter((r) => r.missing || r.differences.length).map((r) => [r.file, r.missing, r.differences])).toEqual([]);
    // Every built-in profile recognises at least one saved screen.
    const recognised = new Set(run.results.map((r) => r.read.profileId));
    expect(builtInKnowledge().profiles.map((p) => p.id).filter((id) => !recognised.has(id))).toEqual([]);
  });

  it('prints each screen with its profile and every fact read, and exits 0', () => {
    const r = cli('test', FIXTURES);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ test/fixtures/screens/ak-cms-fssp/2000203.html: CMS Family Self-Sufficiency Plan (FSSP) [ak-cms-fssp 1.0.0]');
    expect(r.stdout).toContain('    fssp.goal = "COMPLETE GED"');
    expect(r.stdout).toContain('    fssp.mailedDate: shown blank');
    expect(r.stdout).toMatch(/\d+ screens: every one read as expected\.\n$/);
  });

  it('fails with a clear message when a screen no longer reads as recorded', () => {
    const dir = copyFixture('ak-cms-fssp/2000203');
    const html = path.join(dir, '2000203.html');
    writeFileSync(html, readFileSync(html, 'utf8').replace('COMPLETE GED', 'COMPLETE GED AND CNA'));
    const r = cli('test', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ ');
    expect(r.stdout).toContain('    fssp.goal: expected "COMPLETE GED", read "COMPLETE GED AND CNA"');
    expect(r.stdout).toContain('1 of 1 screens no longer read as expected (see ✗ above).');
  });

  it('reads with the folder\'s profile files, which replace the built-in profile of the same id', () => {
    const dir = copyFixture('ak-cms-fssp/2000203');
    const fssp = builtInKnowledge().profiles.find((p) => p.id === 'ak-cms-fssp')!;
    // The agency's edit: the goal read from a label the screen does not have.
    const edited = { ...fssp, version: '1.1.0', fields: fssp.fields.map((f) => (f.key === 'goal' ? { ...f, from: [{ label: 'Plan Goal' }] } : f)) };
    writeFileSync(path.join(dir, 'agency.json'), JSON.stringify({ kind: 'caselens-screen-profiles', profiles: [edited] }));
    const r = cli('test', dir, '--quiet');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[ak-cms-fssp 1.1.0]');
    expect(r.stdout).toContain('    fssp.goal: expected "COMPLETE GED", read nothing');
    expect(r.stdout).toContain('    new problem: FSSP goal on screen FSSP: not found on the screen');
  });

  it('a screen without an expected read fails until --update records one, and a broken profile file fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caselens-cli-'));
    cpSync(path.join(FIXTURES, 'ak-cms-fssp/2000203.html'), path.join(dir, 'new.html'));
    expect((await runProfileTests([dir])).results[0]!.missing).toMatch(/no expected read beside it .*new\.expected\.json.*--update/);
    await runProfileTests([dir], { update: true, year: 2026 });
    const again = (await runProfileTests([dir])).results[0]!;
    expect([again.differences, again.missing]).toEqual([[], undefined]);
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ kind: 'caselens-screen-profiles', profiles: [{ schemaVersion: 2, id: 'x' }] }));
    const r = cli('test', dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('broken.json was not imported');
  });
});
