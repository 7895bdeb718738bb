/**
 * Every built-in profile recognises its own fixture screens and no other fixture; screens in
 * _none/ match nothing (github-url-detection style: every detector against every example).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInKnowledge } from '../../../lib/knowledge';
import { readScreen } from '../../../lib/screen/read-screen';
import { recognise } from '../../../lib/screen/recognise';
import { makeSnapshot } from '../../../lib/screen/read-screen';
import { FIXTURE_ROOT, fixtureFiles, loadFixture } from '../helpers/dom';
import { demoFixtures } from '../../fixtures/demo-fixtures';

const { profiles } = builtInKnowledge();
const files = fixtureFiles();
const opts = { url: 'http://legacy.example/screen', referenceYear: 2026 };

describe('built-in profiles against every fixture', () => {
  it.each(files.map((f) => [`${f.folder}/${f.name}`, f] as const))('%s is recognised by exactly its own profile', (_, file) => {
    const doc = loadFixture(file);
    const matches = recognise(makeSnapshot(doc, opts.url), profiles).map((m) => m.profile.id);
    expect(matches).toEqual(file.folder === '_none' ? [] : [file.folder]);
  });

  it('every built-in profile has fixture screens', () => {
    const withFixtures = new Set(files.map((f) => f.folder));
    expect(profiles.map((p) => p.id).filter((id) => !withFixtures.has(id))).toEqual([]);
  });

  it.each(files.filter((f) => f.folder !== '_none').map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s reads every required field (only fixtures named "unreadable" report problems)',
    (_, file) => {
      const { read } = readScreen(loadFixture(file), profiles, opts);
      expect(read?.profileId).toBe(file.folder);
      const problems = read!.problems.map((p) => p.message);
      if (file.name.includes('unreadable')) expect(problems.length).toBeGreaterThan(0);
      else expect(problems).toEqual([]);
    },
  );

  it('committed fixtures are what the demo serves (re-run scripts/snapshot-fixtures.ts after changing a screen)', () => {
    for (const f of demoFixtures()) {
      const file = path.join(FIXTURE_ROOT, f.profileId ?? '_none', `${f.name}.html`);
      expect(readFileSync(file, 'utf8'), file).toBe(f.html);
    }
  });
});
