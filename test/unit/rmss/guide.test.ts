/** The guide on the Oregon survey: policy 000's TCM answers, and "not covered" for the rest. */
import { describe, expect, it } from 'vitest';
import { guide, guideQuestions, type GuideResult } from '../../../lib/rmss/guide';
import { validateAnswers } from '../../../lib/rmss/validate';
import { survey, TCM_MOMENT } from './fixtures';

const or = survey('or-rmss');

function recommended(result: GuideResult) {
  if (result.status !== 'recommended') throw new Error(`expected a recommendation, got ${result.status}`);
  return result;
}

describe('guide (Oregon RMSS)', () => {
  it('a TCM moment by a TCM-certified family coach: exactly 1.A.2, 2.A.2 with one identifier, 4.A.8, section 3 blank', () => {
    const result = recommended(guide(or, TCM_MOMENT, { caseIds: ['1000101'] }));
    expect(result.outcomeId).toBe('tcm-moment');
    expect(result.citation.quote).toBe('When the family coach is performing TCM during the RMSS survey period, the RMSS survey should be completed as follows:');
    const recs = result.recommendations.map((r) =>
      r.kind === 'choose' ? [r.questionId, r.code] : r.kind === 'case-ids' ? [r.questionId, r.count, r.caseIds] : ['blank', r.sectionIds, r.questionIds],
    );
    expect(recs).toEqual([
      ['1.A', '1.A.2'],
      ['2.A', '2.A.2'],
      ['2-case', 1, ['1000101']],
      ['4.A', '4.A.8'],
      ['blank', ['3'], ['3.A']],
    ]);
  });

  it('every recommendation says why and cites policy 000 with its exact words', () => {
    for (const rec of recommended(guide(or, TCM_MOMENT)).recommendations) {
      expect(rec.why).toMatch(/^Policy 000: /);
      expect(rec.citation.policy).toBe('000');
      expect(rec.citation.quote, rec.kind).toBeTruthy();
    }
  });

  it('leaves the case identifier for the worker when the context does not give exactly one', () => {
    const rec = recommended(guide(or, TCM_MOMENT, { caseIds: ['1000101', '1000102'] })).recommendations.find((r) => r.kind === 'case-ids');
    expect(rec).toMatchObject({ count: 1, caseIds: [] });
  });

  it('the recommended answers, once the worker enters them, pass validation', () => {
    expect(validateAnswers(or, { '1.A': '1.A.2', '2.A': '2.A.2', '2-case': ['1000101'], '4.A': '4.A.8' })).toEqual([]);
  });

  it('asks about certification and the one case only for TCM work', () => {
    expect(guideQuestions(or, {}).map((q) => q.id)).toEqual(['activity']);
    expect(guideQuestions(or, { activity: 'tcm-service' }).map((q) => q.id)).toEqual(['activity', 'one-case', 'tcm-certified']);
    expect(guideQuestions(or, { activity: 'training', 'tcm-certified': 'yes' }).map((q) => q.id)).toEqual(['activity']);
  });

  it('needs more answers while the moment is undecided', () => {
    expect(guide(or, {})).toMatchObject({ status: 'needs-answers', questions: [{ id: 'activity' }] });
    const open = guide(or, { activity: 'tcm-service', 'one-case': 'yes' });
    expect(open.status === 'needs-answers' && open.questions.map((q) => q.id)).toEqual(['tcm-certified']);
    // A value the question does not offer counts as unanswered.
    expect(guide(or, { activity: 'tcm-service', 'one-case': 'maybe', 'tcm-certified': 'yes' })).toMatchObject({ status: 'needs-answers' });
  });

  it.each(['eligibility', 'training', 'leave', 'other-case-management', 'other'])(
    '"%s" is not covered by policy 000: choose from the form\'s definitions or ask the supervisor',
    (activity) => {
      const result = guide(or, { activity });
      expect(result.status).toBe('not-covered');
      expect(result.status === 'not-covered' && result.advice).toMatch(/do not cover this moment.*form's own definitions, or ask your supervisor/);
      expect(result).not.toHaveProperty('recommendations');
    },
  );

  it('TCM by staff who are not (or not sure they are) TCM certified is not covered, with the reason', () => {
    for (const certified of ['no', 'unsure']) {
      const result = guide(or, { activity: 'tcm-service', 'tcm-certified': certified });
      expect(result).toMatchObject({ status: 'not-covered', outcomeId: 'tcm-not-certified' });
      expect(result.status === 'not-covered' && result.reason).toMatch(/TCM Certified staff/);
    }
  });

  it('TCM about several cases or none is not covered', () => {
    expect(guide(or, { activity: 'tcm-service', 'one-case': 'no', 'tcm-certified': 'yes' })).toMatchObject({ status: 'not-covered', outcomeId: 'tcm-not-one-case' });
  });
});
