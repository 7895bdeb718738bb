/**
 * Lookups in a validated survey. Kept apart from survey-schema.ts so the modules the content
 * script may use (form-values, validate, guide) need no zod at run time, like lib/screen.
 */
import type { Citation } from '../policy/citation';
import type { SurveyRef } from './guidance-schema';
import type { Question, Section, Survey } from './survey-schema';

export interface QuestionAt {
  section: Section;
  question: Question;
}

/** Question id -> its question and section. Ids are unique per survey (the schema checks). */
export function questionIndex(survey: Pick<Survey, 'sections'>): Map<string, QuestionAt> {
  const index = new Map<string, QuestionAt>();
  for (const section of survey.sections) for (const question of section.questions) index.set(question.id, { section, question });
  return index;
}

/** The questions a reference names: whole sections, then single questions, without repeats. */
export function questionsOf(survey: Pick<Survey, 'sections'>, ref: SurveyRef): QuestionAt[] {
  const out = new Map<string, QuestionAt>();
  for (const section of survey.sections) {
    if (ref.sections?.includes(section.id)) for (const question of section.questions) out.set(question.id, { section, question });
  }
  const index = questionIndex(survey);
  for (const qid of ref.questions ?? []) {
    const at = index.get(qid);
    if (at) out.set(qid, at);
  }
  return [...out.values()];
}

/** The citation a reader is shown for an option: its own, else its question's, else the section's. */
export function optionCitation(at: QuestionAt, code: string): Citation | undefined {
  const option = at.question.kind === 'choice' ? at.question.options.find((o) => o.code === code) : undefined;
  return option?.citation ?? at.question.citation ?? at.section.citation;
}
