/**
 * Survey forms an agency binds in a screen profile (`surveyForms`): its own time-study web form,
 * with its own field names and option values, checked like the RMSS form. Each binding becomes a
 * copy of the survey with the agency's form in place of the built-in one, so the overlay (which
 * reads any survey form through its binding) needs no code per form. Bound forms come first: an
 * agency's form is found before a built-in binding that happens to fit the same page.
 */
import type { ScreenProfile, SurveyFormBinding } from '../screen/profile-schema';
import { questionIndex } from './survey-lookup';
import type { Survey } from './survey-schema';
import { builtInSurveys, offeredSurveys } from './surveys';

export function boundSurveys(profiles: readonly Pick<ScreenProfile, 'surveyForms'>[], surveys: readonly Survey[] = builtInSurveys()): Survey[] {
  return profiles.flatMap((p) =>
    (p.surveyForms ?? []).flatMap((binding) => {
      const survey = surveys.find((s) => s.id === binding.survey);
      return survey ? [{ ...survey, form: { selector: binding.selector, fields: binding.fields } }] : [];
    }),
  );
}

/** The surveys a page's content script gets: those the page's profiles bind, then the ones in force (built in, or from a policy pack). */
export function surveysForPage(profiles: readonly Pick<ScreenProfile, 'surveyForms'>[], surveys: readonly Survey[] = builtInSurveys()): Survey[] {
  return [...boundSurveys(profiles, surveys), ...offeredSurveys(surveys)];
}

/** What is wrong with a binding: a survey CaseLens does not have, a question or option code it does not have. */
export function checkSurveyBinding(binding: SurveyFormBinding, surveys: readonly Survey[] = builtInSurveys()): string[] {
  const survey = surveys.find((s) => s.id === binding.survey);
  if (!survey) return [`survey form: "${binding.survey}" is not a survey CaseLens has (${surveys.map((s) => s.id).join(', ')})`];
  const index = questionIndex(survey);
  const out: string[] = [];
  for (const field of binding.fields) {
    const q = index.get(field.question)?.question;
    if (!q) {
      out.push(`survey form: survey "${survey.id}" has no question "${field.question}"`);
      continue;
    }
    const codes = q.kind === 'choice' ? new Set(q.options.map((o) => o.code)) : undefined;
    for (const code of Object.values(field.values ?? {})) {
      if (!codes?.has(code)) out.push(`survey form: question "${field.question}" has no option "${code}"`);
    }
  }
  return out;
}
