import { describe, expect, it } from 'vitest';
import { screensShowing } from '../../../lib/checklist/where-to-look';
import { builtInKnowledge } from '../../../lib/knowledge';

const { profiles } = builtInKnowledge();

describe('where to look for a missing fact', () => {
  it('names the screens whose profiles read it', () => {
    expect(screensShowing('household[].dob', profiles, 'OR')).toEqual(['TRACS CSUM']);
    expect(screensShowing('household', profiles, 'OR')).toEqual(['TRACS CSUM']);
    expect(screensShowing('referral.date', profiles, 'AK')).toEqual(['EIS REFR']);
    expect(screensShowing('clnos', profiles, 'AK')).toEqual(['CMS CLNO']);
    expect(screensShowing('casePlan.tcmFlag', profiles, 'AK')).toEqual([]);
  });
});
