/**
 * A (partial) set of answers to a survey: question id -> chosen code, list of case identifiers,
 * or comment text. Blank strings and blank identifiers count as "not answered", because that is
 * what an untouched form field holds. No zod here: the content script reads answers too
 * (SurveyAnswersSchema in survey-schema.ts checks them where they cross a boundary).
 */
import type { SurveyRef } from './guidance-schema';
import { questionsOf } from './survey-lookup';
import type { Condition, Survey } from './survey-schema';

/** Question id -> chosen code or comment text (string), or case identifiers (list). */
export type AnswerValue = string | string[] | undefined;
export type SurveyAnswers = Record<string, AnswerValue>;

/** Identifiers given, trimmed, blanks dropped. A single string counts as one identifier. */
export function caseIdsOf(value: AnswerValue): string[] {
  const list = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  return list.map((v) => v.trim()).filter((v) => v !== '');
}

/** The chosen code or comment text, trimmed; undefined when blank or a list was given. */
export function textOf(value: AnswerValue): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function isAnswered(value: AnswerValue): boolean {
  return typeof value === 'string' ? value.trim() !== '' : caseIdsOf(value).length > 0;
}

/** Ids of the answered questions among those a reference names. */
export function answeredIn(survey: Survey, answers: SurveyAnswers, ref: SurveyRef): string[] {
  return questionsOf(survey, ref)
    .map((at) => at.question.id)
    .filter((qid) => isAnswered(answers[qid]));
}

/** Whether a rule's condition holds; a rule without one always applies. */
export function conditionHolds(survey: Survey, answers: SurveyAnswers, when: Condition | undefined): boolean {
  if (!when) return true;
  if ('answered' in when) return answeredIn(survey, answers, when.answered).length > 0;
  const code = textOf(answers[when.question]);
  return code !== undefined && when.in.includes(code);
}
