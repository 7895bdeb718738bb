/**
 * What `caselens-profiles test DIR` finds under its folders: profile files (the Settings import
 * format, a list of profiles, or one profile), saved screens with their expected reads (a
 * `.screen-test.json` from the Screens tab, or a `.html` screen with `.expected.json` beside it).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseProfileFile } from '../../lib/config/profile-file';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { ExpectedFileSchema, ScreenTestSchema, type ExpectedFile } from '../../lib/screen-tests/test-file';
import { describeZodError } from '../../lib/validation/describe-error';

export interface Fixture {
  /** The screen's file, as given (relative to where the command runs). */
  file: string;
  html: string;
  /** Where its expected read is (a `.screen-test.json` holds both). */
  expectedFile: string;
  expected?: ExpectedFile;
  /** Why the expected read could not be used, if it could not. */
  problem?: string;
  bundled: boolean;
}

export interface Found {
  profiles: ScreenProfile[];
  profileFiles: string[];
  fixtures: Fixture[];
  errors: string[];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
}

const looksLikeProfiles = (data: unknown) =>
  Array.isArray(data) || (!!data && typeof data === 'object' && ((data as { kind?: unknown }).kind === 'caselens-screen-profiles' || 'schemaVersion' in data));

export function findAll(dirs: readonly string[]): Found {
  const found: Found = { profiles: [], profileFiles: [], fixtures: [], errors: [] };
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) found.errors.push(`${dir}: not a folder`);
    else walk(dir, files);
  }
  for (const file of files) {
    if (file.endsWith('.screen-test.json')) {
      const parsed = ScreenTestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) found.errors.push(`${file}: not a saved screen test (${describeZodError(parsed.error)})`);
      else {
        const t = parsed.data;
        found.fixtures.push({ file, html: t.html, expectedFile: file, expected: { url: t.url, referenceYear: t.referenceYear, expected: t.expected }, bundled: true });
      }
    } else if (file.endsWith('.html')) {
      const expectedFile = file.replace(/\.html$/, '.expected.json');
      const fixture: Fixture = { file, html: readFileSync(file, 'utf8'), expectedFile, bundled: false };
      if (existsSync(expectedFile)) {
        const parsed = ExpectedFileSchema.safeParse(JSON.parse(readFileSync(expectedFile, 'utf8')));
        if (parsed.success) fixture.expected = parsed.data;
        else fixture.problem = `${expectedFile} is not an expected read (${describeZodError(parsed.error)})`;
      }
      found.fixtures.push(fixture);
    } else if (file.endsWith('.json') && !file.endsWith('.expected.json')) {
      const text = readFileSync(file, 'utf8');
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        continue; // not JSON CaseLens knows: left alone
      }
      if (!looksLikeProfiles(data)) continue;
      const result = parseProfileFile(text, file);
      if (!result.ok) found.errors.push(result.error);
      else {
        found.profiles.push(...result.profiles);
        found.profileFiles.push(file);
      }
    }
  }
  return found;
}
