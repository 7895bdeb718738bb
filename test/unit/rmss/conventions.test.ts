/**
 * Survey files follow the data-unit conventions (docs/architecture.md): every file in
 * lib/rmss/surveys is registered, its id is its file name, and every citation in it has a quote
 * or a note (test/unit/policy/citation-quotes.test.ts checks the quotes against the policy
 * texts). And the modules the content-script overlay may use load no zod at run time (the
 * content script receives surveys already validated).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../lib/policy/citation';
import { BUILT_IN_SURVEYS } from '../../../lib/rmss/surveys';
import { runtimePackages } from '../helpers/runtime-packages';

const SURVEY_DIR = path.resolve('lib/rmss/surveys');
const files = readdirSync(SURVEY_DIR).filter((f) => f.endsWith('.json'));


/** Every citation anywhere in a survey, with where it sits. */
function citations(value: unknown, at = ''): [string, Citation][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'citation' ? [[`${at}.${k}`, v as Citation] as [string, Citation]] : citations(v, `${at}.${k}`)));
}

describe('RMSS survey conventions', () => {
  it('every survey file is registered, and every registered survey has a file', () => {
    expect(BUILT_IN_SURVEYS.map((s) => `${s.id}.json`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: id is the file name', (file) => {
    const json = JSON.parse(readFileSync(path.join(SURVEY_DIR, file), 'utf8')) as { id: string };
    expect(`${json.id}.json`).toBe(file);
  });

  it.each(BUILT_IN_SURVEYS.map((s) => [s.id, s] as const))('%s: cited, every citation with a quote or a note', (_, s) => {
    expect(s.citation).toBeDefined();
    const all = citations(s);
    expect(all.length).toBeGreaterThan(1);
    for (const [where, c] of all) expect(c.quote || c.note, `${where} has neither quote nor note`).toBeTruthy();
  });

  it('a real survey cites a bundled policy text, never only an external one', () => {
    for (const s of BUILT_IN_SURVEYS.filter((x) => !x.example)) expect(s.citation.policy, s.id).not.toBe('external');
  });

  it.each(['form-values', 'validate', 'guide'])('lib/rmss/%s.ts loads no zod at run time', (name) => {
    expect([...runtimePackages(path.resolve(`lib/rmss/${name}.ts`))]).not.toContain('zod');
  });
});
