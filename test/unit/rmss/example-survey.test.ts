/**
 * The fictional example survey (program code, then activity code, case number for case work, a
 * note without client information) is validated and guided by the same code as Oregon's, purely
 * from its own data: nothing in lib/rmss knows its codes.
 */
import { describe, expect, it } from 'vitest';
import { guide, guideQuestions } from '../../../lib/rmss/guide';
import { answersFromForm, validateAnswers } from '../../../lib/rmss/validate';
import { survey } from './fixtures';

const ex = survey('example-time-study');
const ids = (answers: Parameters<typeof validateAnswers>[1]) => validateAnswers(ex, answers).map((i) => i.id);

describe('example survey, by its data alone', () => {
  it('validates: required codes, case number for case work, none on leave, its own case-number format', () => {
    expect(ids({})).toEqual(['required:program', 'required:activity']);
    expect(ids({ program: 'TANF', activity: 'CW', 'case-number': ['XX123456'] })).toEqual([]);
    expect(ids({ program: 'TANF', activity: 'CW' })).toEqual(['rule:case-work-needs-case-number:case-number']);
    expect(ids({ program: 'NONE', activity: 'LV', 'case-number': ['XX123456'] })).toEqual(['rule:leave-has-no-case:case-number']);
    expect(ids({ program: 'TANF', activity: 'CW', 'case-number': ['123'] })).toEqual(['case-id-format:case-number']);
    expect(ids({ program: 'TANF', activity: '4.A.8', 'case-number': ['XX123456'] })).toEqual(['unknown-code:activity']);
    expect(ids({ program: 'SNAP', activity: 'ELIG', 'case-number': ['XX123456'], note: 'Reviewed case XX123456.' })).toEqual(['client-info:note']);
  });

  it('reads its form through its own binding, mapping form values to codes', () => {
    expect(answersFromForm(ex, { prog: '1', act: 'CW', caseNo: 'XX123456', note: '' })).toEqual({ program: 'TANF', activity: 'CW', 'case-number': ['XX123456'] });
  });

  it('guides with its own questions and outcomes', () => {
    expect(guideQuestions(ex, { doing: 'family-case' }).map((q) => q.id)).toEqual(['doing', 'program']);
    const result = guide(ex, { doing: 'family-case', program: 'tanf' }, { caseIds: ['XX123456'] });
    expect(result.status === 'recommended' && result.recommendations.map((r) => (r.kind === 'choose' ? r.code : r.kind === 'case-ids' ? r.caseIds : r.sectionIds))).toEqual([
      'TANF',
      'CW',
      ['XX123456'],
    ]);
    const leave = guide(ex, { doing: 'leave' });
    expect(leave.status === 'recommended' && leave.recommendations.map((r) => r.kind)).toEqual(['choose', 'choose', 'leave-blank']);
  });

  it('says "not covered" where its guidance is silent, with its own advice', () => {
    expect(guide(ex, { doing: 'family-case', program: 'unsure' })).toMatchObject({ status: 'not-covered', outcomeId: 'program-unsure' });
    const other = guide(ex, { doing: 'other' });
    expect(other).toMatchObject({ status: 'not-covered', advice: ex.guidance.notCovered.advice });
    expect(guide(ex, { doing: 'family-case', program: 'snap' })).toMatchObject({ status: 'not-covered' });
  });
});
