import { describe, expect, it } from 'vitest';
import { screensShowing } from '../../../lib/checklist/where-to-look';
import { builtInKnowledge } from '../../../lib/knowledge';

const { profiles } = builtInKnowledge();

describe('where to look for a missing fact', () => {
  it('names the screens whose profiles read it', () => {
    expect(screensShowing('household[].dob', profiles, 'OR')).toEqual(['TRACS CSUM', 'TRACS3270 MBRS']);
    expect(screensShowing('household', profiles, 'OR')).toEqual(['TRACS CSUM', 'TRACS3270 MBRS']);
    expect(screensShowing('referral.date', profiles, 'AK')).toEqual(['EIS REFR']);
    expect(screensShowing('clnos', profiles, 'AK')).toEqual(['CMS CLNO', 'CMS NOTES']);
    // A caseload listing shows each listed case's own facts.
    expect(screensShowing('trackReview.nextDate', profiles, 'AK')).toEqual(['CMS FF', 'CMS CASELOAD']);
    expect(screensShowing('casePlan.reviewDate', profiles, 'OR')).toEqual(['TRACS CPLN', 'TRACS3270 CLST']);
    expect(screensShowing('casePlan.tcmFlag', profiles, 'AK')).toEqual([]);
  });
});
