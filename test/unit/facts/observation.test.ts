import { describe, expect, it } from 'vitest';
import { observe } from '../../../lib/facts/observation';
import { mergeObservation } from '../../../lib/facts/merge';
import { readScreen } from '../../../lib/screen/read-screen';
import { builtInKnowledge } from '../../../lib/knowledge';
import type { ScreenRead } from '../../../lib/screen/read-screen';
import { loadFixture } from '../helpers/dom';

const opts = { url: 'http://demo/', referenceYear: 2026 };
const read = (fixture: string) => readScreen(loadFixture(fixture), builtInKnowledge().profiles, opts).read!;

describe('observe', () => {
  it('turns a case plan screen into validated facts keyed by case', () => {
    const obs = observe(read('or-tracs-case-plan/1000101.html'));
    expect(obs.caseKey).toBe('OR:1000101');
    expect(obs.facts.casePlan).toMatchObject({ tcmFlag: false, signed: true, planDate: '2026-11-21' });
    expect(obs.facts.services).toEqual([{ date: '2026-11-21', service: 'CPDEV', staff: 'family-coach', memberId: '01' }]);
  });

  it('keeps an unreadable birth date out of the facts and says so', () => {
    const obs = observe(read('or-tracs-case-summary/1000112-unreadable-dob.html'));
    expect(obs.facts.household?.[0]).not.toHaveProperty('dob');
    expect(obs.problems.some((p) => p.message.startsWith("DOB (Household members row 1) on screen CSUM: '134599' is not a date"))).toBe(true);
  });

  it('drops a hostile case number instead of keying a case by it', () => {
    const base = read('or-tracs-case-plan/1000101.html');
    const hostile: ScreenRead = { ...base, fields: base.fields.map((f) => (f.fact === 'caseNumber' ? { ...f, value: '<script>x</script>' } : f)) };
    const obs = observe(hostile);
    expect(obs.caseKey).toBeUndefined();
    expect(obs.facts.caseNumber).toBeUndefined();
    expect(obs.problems.at(-1)!.message).toBe('Case number on screen CPLN: is not a case number');
    expect(obs.facts.casePlan?.tcmFlag).toBe(false);
  });

  it('reads plain-value lists (FSSP review dates)', () => {
    const obs = observe(read('ak-cms-fssp/2000203.html'));
    expect(obs.facts.fssp?.reviewDates).toEqual(['2026-10-14', '2026-10-29', '2026-11-13']);
  });
});

describe('mergeObservation', () => {
  it('takes the newest screen as truth: values replace, blanks clear, lists replace', () => {
    const first = observe(read('or-tracs-case-plan/1000101.html'));
    const known = mergeObservation(undefined, first, '2026-11-23T10:00:00Z');
    const next = {
      ...first,
      facts: { ...first.facts, casePlan: { tcmFlag: true }, services: [] },
      shown: { 'casePlan.tcmFlag': 'seen', 'casePlan.selfAssessmentDate': 'blank', services: 'seen' } as const,
    };
    const merged = mergeObservation(known, next, '2026-11-23T10:05:00Z');
    expect(merged.facts.casePlan).toMatchObject({ tcmFlag: true, signed: true });
    expect(merged.facts.casePlan).not.toHaveProperty('selfAssessmentDate');
    expect(merged.facts.services).toEqual([]);
    expect(merged.sources['casePlan.tcmFlag']).toMatchObject({ state: 'seen', screen: 'CPLN', profileId: 'or-tracs-case-plan', at: '2026-11-23T10:05:00Z' });
    expect(merged.sources['casePlan.selfAssessmentDate']).toMatchObject({ state: 'blank', at: '2026-11-23T10:05:00Z' });
    expect(merged.sources['casePlan.signed']!.at).toBe('2026-11-23T10:00:00Z');
  });
});
