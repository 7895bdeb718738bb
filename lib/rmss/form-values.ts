/**
 * Raw survey-form values (control name -> value, as an overlay reads them from the page) to
 * survey answers, through the survey's `form` binding. The overlay thus reads any state's survey
 * form by configuration, with no code per form.
 */
import type { SurveyAnswers } from './answers';
import { questionIndex } from './survey-lookup';
import type { Survey } from './survey-schema';

export type RawFormValues = Readonly<Record<string, string | null | undefined>>;

/**
 * Unbound controls are ignored; a value the binding does not map is kept as is, so validation
 * reports it as a code the survey does not have instead of it silently disappearing.
 */
export function answersFromForm(survey: Survey, raw: RawFormValues): SurveyAnswers {
  const answers: SurveyAnswers = {};
  const index = questionIndex(survey);
  for (const field of survey.form?.fields ?? []) {
    const question = index.get(field.question)?.question;
    if (!question) continue;
    const values = field.names.map((name) => (raw[name] ?? '').trim());
    if (question.kind === 'case-ids') {
      const ids = values.filter((v) => v !== '');
      if (ids.length > 0) answers[question.id] = ids;
      continue;
    }
    const value = values[0] ?? '';
    if (value === '') continue;
    answers[question.id] = question.kind === 'choice' ? (field.values?.[value] ?? value) : value;
  }
  return answers;
}

/** The form controls that hold a question, so the overlay can mark the field an issue is about. */
export function formFieldsFor(survey: Survey, questionId: string): string[] {
  return survey.form?.fields.find((f) => f.question === questionId)?.names ?? [];
}
