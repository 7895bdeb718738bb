import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/facts/read-case';
import { builtInKnowledge } from '../../../lib/knowledge';
import { loadFixture } from '../helpers/dom';

describe('readCase', () => {
  it('gives the matching profile, the validated facts and the per-field problems in one call', () => {
    const r = readCase(loadFixture('or-tracs-case-summary/1000112-unreadable-dob.html'), builtInKnowledge().profiles, { url: 'http://x/', referenceYear: 2026 })!;
    expect(r.profile.id).toBe('or-tracs-case-summary');
    expect(r.observation.caseKey).toBe('OR:1000112');
    expect(r.observation.facts.household).toHaveLength(2);
    expect(r.observation.problems.map((p) => p.message)).toEqual([expect.stringContaining("DOB (Household members row 1) on screen CSUM: '134599' is not a date")]);
    expect(r.observation.shown['household[].dob']).toBe('unreadable');
    expect(r.observation.shown['household[].lastName']).toBe('seen');
  });

  it('is null on a screen no profile knows', () => {
    expect(readCase(loadFixture('_none/rmss-survey.html'), builtInKnowledge().profiles, { url: 'http://x/', referenceYear: 2026 })).toBeNull();
  });
});
