/**
 * `caselens-profiles test`: every profile file against every saved screen, read by the product's
 * own reader on happy-dom, each read compared with the one stored beside the screen. The profiles
 * in use are the product's: the built-in ones, replaced by a folder's profile of the same id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { builtInKnowledge } from '../../lib/knowledge';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { compareReads } from '../../lib/screen-tests/compare';
import { expectedRead, type ExpectedRead } from '../../lib/screen-tests/expected-read';
import { expectedFile, screenTestFile, type ScreenTest } from '../../lib/screen-tests/test-file';
import { findAll, type Fixture } from './fixtures';

export const DEFAULT_URL = 'http://legacy.example/screen';

export interface FixtureResult {
  file: string;
  read: ExpectedRead;
  title?: string;
  /** Empty: read as expected. */
  differences: string[];
  /** No expected read beside it (or a broken one). */
  missing?: string;
  updated?: boolean;
}

export interface RunResult {
  profiles: ScreenProfile[];
  profileFiles: string[];
  errors: string[];
  results: FixtureResult[];
}

export interface RunOptions {
  update?: boolean;
  /** Reference year for screens recorded with --update that have no expected read yet. */
  year?: number;
}

/** --update: what is read now becomes the expected read (review the change with git diff). */
function record(f: Fixture, read: ExpectedRead, url: string, year: number): void {
  if (!f.bundled) return writeFileSync(f.expectedFile, expectedFile(url, year, read));
  const test = JSON.parse(readFileSync(f.file, 'utf8')) as ScreenTest;
  writeFileSync(f.file, screenTestFile({ ...test, expected: read }));
}

export async function runProfileTests(dirs: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const found = findAll(dirs);
  const byId = new Map(builtInKnowledge().profiles.map((p) => [p.id, p]));
  for (const p of found.profiles) byId.set(p.id, p);
  const profiles = [...byId.values()];
  const window = new Window();
  const parser = new window.DOMParser();
  const results: FixtureResult[] = [];
  try {
    for (const f of found.fixtures) {
      const url = f.expected?.url ?? DEFAULT_URL;
      const year = f.expected?.referenceYear ?? opts.year ?? new Date().getFullYear();
      const doc = parser.parseFromString(f.html, 'text/html') as unknown as Document;
      const read = expectedRead(doc, profiles, { url, referenceYear: year });
      const title = profiles.find((p) => p.id === read.profileId)?.title;
      if (opts.update) {
        record(f, read, url, year);
        results.push({ file: f.file, read, title, differences: [], updated: true });
      } else if (!f.expected) {
        results.push({ file: f.file, read, title, differences: [], missing: f.problem ?? `no expected read beside it (${f.expectedFile}); run with --update to record what is read now` });
      } else {
        results.push({ file: f.file, read, title, differences: compareReads(f.expected.expected, read) });
      }
    }
  } finally {
    await window.happyDOM.close();
  }
  return { profiles, profileFiles: found.profileFiles, errors: found.errors, results };
}
