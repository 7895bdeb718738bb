/** Shared inputs for the RMSS tests: the built-in surveys and a correctly answered TCM moment. */
import type { SurveyAnswers } from '../../../lib/rmss/answers';
import type { MomentAnswers } from '../../../lib/rmss/guide';
import { surveyById } from '../../../lib/rmss/surveys';
import type { Survey } from '../../../lib/rmss/survey-schema';

export function survey(id: 'or-rmss' | 'example-time-study'): Survey {
  const found = surveyById(id);
  if (!found) throw new Error(`built-in survey ${id} is missing`);
  return found;
}

/** A TANF family coach, TCM certified, developing a case plan with one participant. */
export const TCM_MOMENT: MomentAnswers = { activity: 'tcm-service', 'one-case': 'yes', 'tcm-certified': 'yes' };

/** What policy 000 prescribes for that moment, as the worker would fill it in. */
export const TCM_ANSWERS: SurveyAnswers = {
  '1.A': '1.A.2',
  '2.A': '2.A.2',
  '2-case': ['1000101'],
  '4.A': '4.A.8',
  comment: 'Family coach developed a case plan with the participant.',
};
