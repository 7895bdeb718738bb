import { describe, expect, it } from 'vitest';
import { builtInKnowledge } from '../../../lib/knowledge';
import { teachableFacts } from '../../../lib/screen/teach-profile';
import { factChoices, guessJurisdiction, humanFactName } from '../../../lib/screen/teach-hints';

const profiles = builtInKnowledge().profiles;

describe('teach mode: the state a screen belongs to', () => {
  it('a Maine ASPIRE page is Maine, not the Oregon default (from its address, title or text)', () => {
    expect(guessJurisdiction({ url: 'http://127.0.0.1:4780/aspire/activities?case=3000302' }, profiles)).toBe('ME');
    expect(guessJurisdiction({ url: 'https://x.example.gov/app', pageTitle: 'ASPIRE-TANF Participant Activities' }, profiles)).toBe('ME');
    expect(guessJurisdiction({ url: 'https://x.example.gov/app', recognition: ['EIS', 'REFR'] }, profiles)).toBe('AK');
    expect(guessJurisdiction({ url: 'https://x.example.gov/tracs/screen' }, profiles)).toBe('OR');
  });

  it('the case on screen and a recognising profile come first; the last case seen is the fallback; else nothing', () => {
    expect(guessJurisdiction({ caseKey: 'AK:2000201', url: '/aspire/' }, profiles)).toBe('AK');
    expect(guessJurisdiction({ profileId: 'me-aspire-participant', url: '/tracs/' }, profiles)).toBe('ME');
    expect(guessJurisdiction({ url: 'https://x.example.gov/app' }, profiles, 'AK')).toBe('AK');
    expect(guessJurisdiction({ url: 'https://x.example.gov/app' }, profiles)).toBeUndefined();
  });
});

describe('teach mode: fact names a worker reads', () => {
  it('turns paths into words', () => {
    expect(humanFactName('caseNumber')).toBe('Case number');
    expect(humanFactName('casePlan.tcmFlag')).toBe('Case plan: TCM flag');
    expect(humanFactName('maine.employmentPlanDate')).toBe('Maine: employment plan date');
  });

  it('lists every teachable fact once, without paths or kinds in the words', () => {
    const choices = factChoices(teachableFacts(), profiles);
    expect(choices.map((c) => c.path).sort()).toEqual(teachableFacts().map((f) => f.path).sort());
    expect(choices.filter((c) => /[a-z][A-Z]|\(text\)|\(date\)|\.[a-z]/.test(c.label)).map((c) => c.label)).toEqual([]);
    expect(choices.find((c) => c.path === 'casePlan.tcmFlag')?.label).toBe('Case management flag'); // as TRACS calls it
    expect(choices.find((c) => c.path === 'childcare.requestDate')?.label).toBe('Childcare: request date');
    expect(new Set(choices.map((c) => c.label.toLowerCase())).size).toBe(choices.length);
  });
});
