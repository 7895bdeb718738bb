/** Parses HTML into a detached document (no scripts run, no resources load). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const FIXTURE_ROOT = path.resolve('test/fixtures/screens');

export interface FixtureFile {
  folder: string; // profile id, or "_none"
  name: string;
  path: string;
}

export function fixtureFiles(): FixtureFile[] {
  return readdirSync(FIXTURE_ROOT).flatMap((folder) =>
    readdirSync(path.join(FIXTURE_ROOT, folder))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ folder, name: f.replace(/\.html$/, ''), path: path.join(FIXTURE_ROOT, folder, f) })),
  );
}

export function loadFixture(file: FixtureFile | string): Document {
  return parseHtml(readFileSync(typeof file === 'string' ? path.join(FIXTURE_ROOT, file) : file.path, 'utf8'));
}
