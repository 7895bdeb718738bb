/**
 * Every quote in every citation (rules, templates, lint rules, RMSS surveys, screen profiles,
 * holiday calendars) appears word for word in the policy text it names. The texts are not in
 * this repository: the check reads them from CASELENS_POLICY_DIR (CI sets it to
 * ../shared/policy). Without it the check cannot run, and a single test says so plainly
 * instead of failing a lone clone or passing silently.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { citationFile } from '../../../lib/policy/citation';
import { POLICY_DIR_VARIABLE, policyDir, readable, readPolicyText } from '../helpers/policy-texts';
import { allCitations } from './all-citations';

const dir = policyDir();
const citations = allCitations();

describe('citation quotes against the policy texts', () => {
  it('finds citations in every kind of data unit', () => {
    const kinds = new Set(citations.map((c) => c.where.split(' ')[0]));
    expect([...kinds].sort()).toEqual(['calendar', 'lint', 'profile', 'rule', 'survey', 'template']);
  });

  if (!dir) {
    it('policy texts not available: quote check not run', async ({ annotate }) => {
      const message = `policy texts not available: quote check not run (set ${POLICY_DIR_VARIABLE} to the policy folder, e.g. ../shared/policy, to run it)`;
      await annotate(message, 'notice');
      process.stdout.write(`\n${message}\n`);
      expect(process.env[POLICY_DIR_VARIABLE]?.trim() || undefined).toBeUndefined();
    });
    return;
  }

  it(`${POLICY_DIR_VARIABLE} names a folder that exists`, () => {
    expect(existsSync(dir), dir).toBe(true);
  });

  const quoted = citations.filter((c) => c.citation.quote && citationFile(c.citation));
  it.each(quoted.map((c) => [c.where, c] as const))('%s: quote is word for word in the cited text', (_, c) => {
    const text = readPolicyText(dir, citationFile(c.citation)!);
    expect(text, `${c.where}: "${c.citation.quote}"`).toContain(readable(c.citation.quote!));
  });
});
