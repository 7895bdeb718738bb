/** Both built-in surveys are valid data, and the schema rejects the mistakes a survey author makes. */
import { describe, expect, it } from 'vitest';
import { RMSS_FORM_OPTIONS } from '../../../demo/screens/rmss/rmss-form';
import { BUILT_IN_SURVEYS, workerSurveys } from '../../../lib/rmss/surveys';
import { SurveySchema, type SurveyInput } from '../../../lib/rmss/survey-schema';
import { describeZodError } from '../../../lib/validation/describe-error';
import { survey } from './fixtures';

const clone = (s: SurveyInput): SurveyInput => structuredClone(s);
const oregonInput = () => clone(BUILT_IN_SURVEYS.find((s) => s.id === 'or-rmss')!);
const problems = (input: unknown): string => {
  const result = SurveySchema.safeParse(input);
  return result.success ? '' : describeZodError(result.error, 10);
};

describe('survey schema', () => {
  it.each(BUILT_IN_SURVEYS.map((s) => [s.id, s] as const))('%s is valid', (_, input) => {
    expect(problems(input)).toBe('');
  });

  it('the Oregon survey has exactly the demo form codes and labels, section by section', () => {
    const or = survey('or-rmss');
    const options = (qid: string) => {
      const q = or.sections.flatMap((s) => s.questions).find((x) => x.id === qid);
      return q?.kind === 'choice' ? q.options.map((o) => [o.code, o.label]) : [];
    };
    expect(options('1.A')).toEqual(RMSS_FORM_OPTIONS.s1);
    expect(options('2.A')).toEqual(RMSS_FORM_OPTIONS.s2);
    expect(options('3.A')).toEqual(RMSS_FORM_OPTIONS.s3);
    expect(options('4.A')).toEqual(RMSS_FORM_OPTIONS.s4);
  });

  it('only the three answers policy 000 prescribes carry a quote; every other option says 000 gives no guidance', () => {
    const options = survey('or-rmss').sections.flatMap((s) => s.questions.flatMap((q) => (q.kind === 'choice' ? q.options : [])));
    expect(options.filter((o) => o.citation?.quote).map((o) => o.code)).toEqual(['1.A.2', '2.A.2', '4.A.8']);
    for (const o of options.filter((x) => !x.citation?.quote)) expect(o.citation?.note, o.code).toMatch(/^Policy 000 gives no guidance for this option/);
  });

  it('the example survey is marked as such and never offered to a worker', () => {
    expect(survey('example-time-study').example).toBe(true);
    expect(workerSurveys().map((s) => s.id)).toEqual(['or-rmss']);
    expect(workerSurveys('OR').map((s) => s.id)).toEqual(['or-rmss']);
    expect(workerSurveys('AK')).toEqual([]);
  });

  it('rejects a stale schema version', () => {
    expect(problems({ ...oregonInput(), schemaVersion: 2 })).toMatch(/schemaVersion/);
  });

  it('rejects a guidance recommendation of a code the form does not have', () => {
    const s = oregonInput() as { guidance: { outcomes: { recommend?: { code?: string }[] }[] } };
    s.guidance.outcomes[0]!.recommend![0]!.code = '1.A.9';
    expect(problems(s)).toMatch(/question "1.A" has no option "1.A.9"/);
  });

  it('rejects a rule naming a section that does not exist', () => {
    const s = oregonInput() as { rules: { then: unknown }[] };
    s.rules[0]!.then = { empty: { sections: ['5'] } };
    expect(problems(s)).toMatch(/unknown section "5"/);
  });

  it('rejects duplicate option codes and an invalid case-identifier pattern', () => {
    const s = oregonInput() as { sections: { questions: Record<string, unknown>[] }[] };
    const q1 = s.sections[0]!.questions[0]! as { options: { code: string }[] };
    q1.options[1]!.code = '1.A.1';
    s.sections[1]!.questions[1]!.pattern = '([';
    expect(problems(s)).toMatch(/option code "1.A.1" is used twice/);
    expect(problems(s)).toMatch(/pattern: is not a valid regular expression/);
  });

  it('rejects a guide question that depends on a later one', () => {
    const s = oregonInput() as { guidance: { questions: Record<string, unknown>[] } };
    s.guidance.questions[0]!.askWhen = { 'one-case': ['yes'] };
    expect(problems(s)).toMatch(/depends on "one-case", which is not asked before it/);
  });

  it('rejects a blank recommendation without a citation', () => {
    const s = oregonInput() as { guidance: { outcomes: { recommend?: Record<string, unknown>[] }[] } };
    delete s.guidance.outcomes[0]!.recommend![4]!.citation;
    expect(problems(s)).toMatch(/has no citation/);
  });

  it('rejects a form binding that reads a choice from two controls', () => {
    const s = oregonInput() as { form: { fields: { names: string[] }[] } };
    s.form.fields[0]!.names = ['s1', 's1b'];
    expect(problems(s)).toMatch(/a choice question is read from exactly one form field/);
  });
});
