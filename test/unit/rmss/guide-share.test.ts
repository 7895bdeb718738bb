/** What the panel shares with the survey-form overlay, and the overlay's check of what it reads. */
import { describe, expect, it } from 'vitest';
import { guide } from '../../../lib/rmss/guide';
import { knownFromHousehold, makeGuideShare, readGuideShare } from '../../../lib/rmss/guide-share';
import { survey, TCM_MOMENT } from './fixtures';

const or = survey('or-rmss');

function tcmShare() {
  const result = guide(or, TCM_MOMENT, { caseIds: ['1000101'] });
  if (result.status !== 'recommended') throw new Error('expected recommendations');
  return makeGuideShare({
    surveyId: or.id,
    moment: { ...TCM_MOMENT, unused: undefined },
    outcomeId: result.outcomeId,
    recommendations: result.recommendations,
    caseIds: [' 1000101 ', ''],
    known: knownFromHousehold([{ firstName: 'Avery', lastName: 'Sample', dob: '2011-01-02' }]),
  });
}

describe('guide share', () => {
  it('household names as "First Last" and birth dates, without blanks or repeats', () => {
    expect(
      knownFromHousehold([
        { firstName: ' Avery ', lastName: 'Sample', dob: '2011-01-02' },
        { firstName: 'Avery', lastName: 'Sample', dob: '2011-01-02' },
        { lastName: 'Tester' },
        {},
      ]),
    ).toEqual({ names: ['Avery Sample', 'Tester'], birthDates: ['2011-01-02'] });
    expect(knownFromHousehold(undefined)).toEqual({ names: [], birthDates: [] });
  });

  it('keeps the moment, the recommendations and the trimmed case identifier', () => {
    const share = tcmShare();
    expect(share.moment).toEqual(TCM_MOMENT);
    expect(share.caseIds).toEqual(['1000101']);
    expect(share.outcomeId).toBe('tcm-moment');
    expect(share.recommendations).toHaveLength(5);
  });

  it('reads back what survives storage (JSON), and rejects other shapes', () => {
    const share = tcmShare();
    expect(readGuideShare(JSON.parse(JSON.stringify(share)))).toEqual(share);
    expect(readGuideShare(undefined)).toBeNull();
    expect(readGuideShare({ ...share, caseIds: '1000101' })).toBeNull();
    expect(readGuideShare({ ...share, known: { names: [1], birthDates: [] } })).toBeNull();
    expect(readGuideShare({ ...share, recommendations: [{ kind: 'guess', citation: {} }] })).toBeNull();
    expect(readGuideShare({ ...share, recommendations: [{ kind: 'choose', citation: {} }] })).toBeNull();
  });
});
