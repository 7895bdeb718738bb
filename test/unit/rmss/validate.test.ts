/**
 * Validation of answers against the Oregon survey: the four mistakes workers make (section 3
 * with section 4, several case identifiers, case specific without one, client information in
 * the comment) are flagged, and cleared once mended; plus required answers, unknown codes,
 * the survey's skip rules and differences from the guide.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyAnswers } from '../../../lib/rmss/answers';
import { guide } from '../../../lib/rmss/guide';
import { answersFromForm, formFieldsFor, validateAnswers } from '../../../lib/rmss/validate';
import { survey, TCM_ANSWERS, TCM_MOMENT } from './fixtures';

const or = survey('or-rmss');
const ids = (answers: SurveyAnswers, known = {}) => validateAnswers(or, answers, { known }).map((i) => i.id);
const mend = (answers: SurveyAnswers, patch: SurveyAnswers): SurveyAnswers => ({ ...answers, ...patch });

describe('validateAnswers (Oregon RMSS)', () => {
  it('the answers policy 000 prescribes for a TCM moment raise no issue', () => {
    expect(validateAnswers(or, TCM_ANSWERS)).toEqual([]);
  });

  it('flags section 3 filled while section 4 is used, citing 000, and clears it once section 3 is blank', () => {
    const wrong = mend(TCM_ANSWERS, { '3.A': '3.A.3' });
    const issue = validateAnswers(or, wrong).find((i) => i.id === 'rule:section-4-excludes-section-3:3.A');
    expect(issue).toMatchObject({ section: '3', questionId: '3.A', severity: 'error' });
    expect(issue?.citation?.quote).toBe('If you complete RMSS survey section 4, you do not complete section 3.');
    expect(ids(mend(wrong, { '3.A': '' }))).toEqual([]);
  });

  it('section 3 alone (no section 4) is allowed by the skip rule', () => {
    expect(ids({ '1.A': '1.A.1', '2.A': '2.A.1', '3.A': '3.A.1' })).toEqual([]);
  });

  it('flags more than one case identifier, and clears it with one', () => {
    const wrong = mend(TCM_ANSWERS, { '2-case': ['1000101', '1000102'] });
    const issue = validateAnswers(or, wrong).find((i) => i.id === 'case-id-count:2-case');
    expect(issue).toMatchObject({ section: '2', severity: 'error' });
    expect(issue?.message).toMatch(/has 2 case identifiers; enter exactly 1/);
    expect(ids(mend(wrong, { '2-case': ['1000101', '  '] }))).toEqual([]);
  });

  it('flags 2.A.2 Case Specific without a case identifier, and clears it once one is entered', () => {
    const wrong = mend(TCM_ANSWERS, { '2-case': [] });
    const issue = validateAnswers(or, wrong).find((i) => i.id === 'rule:case-specific-needs-case-id:2-case');
    expect(issue).toMatchObject({ questionId: '2-case', severity: 'error' });
    expect(issue?.citation?.quote).toContain('Case Type/Number (enter ONE relevant case identifier(s))');
    expect(ids(mend(wrong, { '2-case': ['1000101'] }))).toEqual([]);
    // Non-case-specific moments need no identifier.
    expect(ids(mend(wrong, { '2.A': '2.A.1' }))).toEqual([]);
  });

  it('flags client information in the comment without repeating it, and clears it once reworded', () => {
    const known = { names: ['Maria Lopez'], birthDates: ['2011-03-07'] };
    const cases: [string, string][] = [
      ['ssn', 'Participant SSN 123-45-6789 confirmed.'],
      ['birth-date', 'Teen parent born 03/07/2011.'],
      ['name', 'Developed case plan with Maria Lopez.'],
      ['name', 'Met with Lopez about the plan.'],
      ['case-number', 'Case plan for 1000101 developed.'],
      ['case-number', 'Case plan for case XX123456 developed.'],
    ];
    for (const [kind, comment] of cases) {
      const issue = validateAnswers(or, mend(TCM_ANSWERS, { comment }), { known }).find((i) => i.id === 'client-info:comment');
      expect(issue?.spans?.map((s) => s.kind), comment).toContain(kind);
      expect(issue?.severity).toBe('error');
      for (const word of ['123-45-6789', '03/07/2011', 'Lopez', '1000101', 'XX123456']) expect(issue?.message).not.toContain(word);
    }
    expect(ids(mend(TCM_ANSWERS, { comment: 'Developed case plan with the participant at 10:15, 2 goals.' }), known)).toEqual([]);
  });

  it('flags the case identifier given in Case Type/Number when it is repeated in the comment', () => {
    const answers = mend(TCM_ANSWERS, { '2-case': ['A77'], comment: 'Plan for A77 reviewed.' });
    expect(ids(answers)).toEqual(['client-info:comment']);
  });

  it('flags required answers missing, and an answer code the survey does not have', () => {
    expect(ids({})).toEqual(['required:1.A', 'required:2.A', 'rule:one-employee-activity']);
    expect(validateAnswers(or, {}).find((i) => i.id === 'rule:one-employee-activity')?.severity).toBe('warning');
    expect(ids(mend(TCM_ANSWERS, { '4.A': '4.A.99' }))).toEqual(['unknown-code:4.A']);
    expect(ids(mend(TCM_ANSWERS, { '5.A': '5.A.1' }))).toEqual(['unknown-question:5.A']);
  });

  it('reports, as information only, where the answers differ from the guide', () => {
    const result = guide(or, TCM_MOMENT);
    if (result.status !== 'recommended') throw new Error(result.status);
    const options = { recommendations: result.recommendations };
    expect(validateAnswers(or, TCM_ANSWERS, options)).toEqual([]);
    const differing = validateAnswers(or, mend(TCM_ANSWERS, { '4.A': '4.A.9' }), options);
    expect(differing.map((i) => [i.id, i.severity])).toEqual([['differs:4.A', 'info']]);
    expect(differing[0]?.message).toContain('4.A.8');
    expect(differing[0]?.citation?.quote).toContain('4.A.8 Adult/Teen Case Management');
    // Not answered yet is not a difference: "required" speaks for missing answers.
    expect(validateAnswers(or, { '1.A': '1.A.2' }, options).filter((i) => i.severity === 'info')).toEqual([]);
  });
});

describe('answersFromForm (survey form binding)', () => {
  it('reads the demo RMSS form values into answers', () => {
    const raw = { s1: '1.A.2', s2: '2.A.2', caseId1: '1000101', caseId2: '', caseId3: undefined, s3: '', s4: '4.A.8', comment: ' Case plan developed. ', other: 'x' };
    expect(answersFromForm(or, raw)).toEqual({ '1.A': '1.A.2', '2.A': '2.A.2', '2-case': ['1000101'], '4.A': '4.A.8', comment: 'Case plan developed.' });
  });

  it('reads a form mistake as it is, so validation can flag it', () => {
    const answers = answersFromForm(or, { s1: '1.A.2', s2: '2.A.2', caseId1: '1000101', caseId3: '1000102', s3: '3.A.1', s4: '4.A.8' });
    expect(ids(answers)).toEqual(['case-id-count:2-case', 'rule:section-4-excludes-section-3:3.A']);
  });

  it('names the form controls of a question, for the overlay to mark', () => {
    expect(formFieldsFor(or, '2-case')).toEqual(['caseId1', 'caseId2', 'caseId3']);
    expect(formFieldsFor(or, 'nope')).toEqual([]);
  });
});
