/**
 * The marks the survey-form overlay shows: the guide's recommendation beside each question it
 * covers, and live flags for the four mistakes (section 3 with section 4, several case
 * identifiers, case specific without one, client information in the comment), each gone once
 * mended. Answers still missing are the form's business, not a mark.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyAnswers } from '../../../lib/rmss/answers';
import { guide, type Recommendation } from '../../../lib/rmss/guide';
import { citationLine, rmssMarks } from '../../../lib/rmss/overlay-marks';
import { validateAnswers } from '../../../lib/rmss/validate';
import { survey, TCM_ANSWERS, TCM_MOMENT } from './fixtures';

const or = survey('or-rmss');
const KNOWN = { names: ['Avery Sample'], birthDates: ['2011-01-02'], caseIds: ['1000101'] };

function recommendations(): Recommendation[] {
  const result = guide(or, TCM_MOMENT, { caseIds: ['1000101'] });
  if (result.status !== 'recommended') throw new Error('expected recommendations');
  return result.recommendations;
}

const marksFor = (answers: SurveyAnswers, recs: Recommendation[] = []) =>
  rmssMarks(or, answers, validateAnswers(or, answers, { known: KNOWN, recommendations: recs }), recs);
const mistakes = (answers: SurveyAnswers) => marksFor(answers).map((m) => m.id);
const mend = (patch: SurveyAnswers): SurveyAnswers => ({ ...TCM_ANSWERS, ...patch });

describe('rmssMarks', () => {
  it('an untouched form gets no mistake marks (required answers are left to the form)', () => {
    expect(mistakes({})).toEqual([]);
  });

  it('the guide’s recommendations: one note per question, saying whether the form matches', () => {
    const marks = marksFor(TCM_ANSWERS, recommendations());
    expect(marks.map((m) => [m.id, m.questionId, m.severity])).toEqual([
      ['rmss:recommend:1.A', '1.A', 'info'],
      ['rmss:recommend:2.A', '2.A', 'info'],
      ['rmss:recommend:2-case', '2-case', 'info'],
      ['rmss:recommend:4.A', '4.A', 'info'],
      ['rmss:recommend:3.A', '3.A', 'info'],
    ]);
    expect(marks[0]!.title).toBe('CaseLens guide: 1.A.2 Self-Sufficiency');
    expect(marks[0]!.explanation).toMatch(/^Your answer matches\. Policy 000/);
    expect(marks[2]!.title).toBe('CaseLens guide: one case identifier, 1000101');
    expect(marks[4]!.title).toBe('CaseLens guide: leave 3.A Eligibility activity blank');
    expect(marks[4]!.citationText).toContain('If you complete RMSS survey section 4, you do not complete section 3.');
    const blank = marksFor({}, recommendations());
    expect(blank[0]!.explanation).toMatch(/^Not answered yet\./);
    expect(marksFor(mend({ '1.A': '1.A.1' }), recommendations())[0]!.explanation).toMatch(/^Your answer is 1\.A\.1\./);
  });

  it('section 3 filled while section 4 is used: flagged on section 3, gone once it is blank', () => {
    const marks = marksFor(mend({ '3.A': '3.A.1' }));
    const mark = marks.find((m) => m.id === 'rmss:rule:section-4-excludes-section-3:3.A');
    expect(mark).toMatchObject({ questionId: '3.A', severity: 'error', title: 'Section 4 is answered, so section 3 must be left blank.' });
    expect(mark!.explanation).toMatch(/Leave this blank/);
    expect(mark!.citationText).toBe('Policy 000, Targeted Case Management (TCM), 2. RMSS, survey section 4: “If you complete RMSS survey section 4, you do not complete section 3.”');
    expect(mistakes(mend({ '3.A': '' }))).toEqual([]);
  });

  it('more than one case identifier: flagged, gone with one', () => {
    expect(mistakes(mend({ '2-case': ['1000101', '1000102'] }))).toEqual(['rmss:case-id-count:2-case']);
    expect(marksFor(mend({ '2-case': ['1000101', '1000102'] }))[0]!.explanation).toMatch(/clear the other boxes/);
    expect(mistakes(mend({ '2-case': ['1000101'] }))).toEqual([]);
  });

  it('case specific without a case identifier: flagged, gone once one is entered', () => {
    expect(mistakes(mend({ '2-case': undefined }))).toEqual(['rmss:rule:case-specific-needs-case-id:2-case']);
    expect(mistakes(mend({ '2.A': '2.A.1', '2-case': undefined }))).toEqual([]);
  });

  it.each([
    ['a household member’s name', 'Met with Avery Sample about the plan.', 'a client name', 'Avery'],
    ['a last name alone', 'Met with Sample.', 'a client name', 'Sample'],
    ['an SSN', 'Checked 123-45-6789 in the system.', 'a Social Security number', '6789'],
    ['a birth date', 'Parent born 01/02/2011.', 'a birth date', '2011'],
  ])('client information in the comment (%s): flagged without quoting it', (_, comment, kind, secret) => {
    const marks = marksFor(mend({ comment }));
    expect(marks.map((m) => m.id)).toEqual(['rmss:client-info:comment']);
    expect(marks[0]!.title).toContain(kind);
    expect(JSON.stringify(marks)).not.toContain(secret);
    expect(mistakes(mend({ comment: 'Developed a case plan with the participant.' }))).toEqual([]);
  });

  it('citationLine: policy, section and quote; external sources by name', () => {
    expect(citationLine(undefined)).toBe('');
    expect(citationLine({ policy: '000', section: 'TCM', note: 'n' })).toBe('Policy 000, TCM');
    expect(citationLine({ policy: 'external', source: '42 CFR 441.18', section: '(a)', release: '2024' })).toBe('42 CFR 441.18, (a) (2024)');
  });
});
