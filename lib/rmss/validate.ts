/**
 * Checks a (partial) set of survey answers against the survey's data: codes the survey does not
 * have, required answers, case-identifier counts, the survey's consistency rules, client
 * information in a comment that must carry none, and (informational) where the answers differ
 * from the guide's recommendation. Pure: the side panel and the overlay show the issues.
 */
import type { Citation } from '../policy/citation';
import { answeredIn, caseIdsOf, conditionHolds, isAnswered, textOf, type SurveyAnswers } from './answers';
import { describeClientInfo, findClientInfo, type ClientInfoSpan, type KnownClientInfo } from './client-info';
import type { Recommendation } from './guide';
import { questionIndex, questionsOf, type QuestionAt } from './survey-lookup';
import type { Survey, SurveyRule } from './survey-schema';

export { answersFromForm, formFieldsFor, type RawFormValues } from './form-values';

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ValidationIssue {
  /** Unique within one result and stable across runs: "<check>:<question or rule>". */
  id: string;
  section?: string;
  questionId?: string;
  severity: IssueSeverity;
  message: string;
  citation?: Citation;
  /** Where client information sits in a comment (no copy of the text). */
  spans?: ClientInfoSpan[];
}

export interface ValidateOptions {
  /** Names, birth dates and case identifiers of the household, to find them in a comment. */
  known?: KnownClientInfo;
  /** The guide's recommendations for this moment: differences are reported as "info". */
  recommendations?: readonly Recommendation[];
}

const where = (at: QuestionAt) => ({ section: at.section.id, questionId: at.question.id });
const cited = (c: Citation | undefined) => (c ? { citation: c } : {});

export function validateAnswers(survey: Survey, answers: SurveyAnswers, options: ValidateOptions = {}): ValidationIssue[] {
  const index = questionIndex(survey);
  const issues: ValidationIssue[] = [];
  for (const [qid, value] of Object.entries(answers)) {
    if (!index.has(qid) && isAnswered(value)) issues.push({ id: `unknown-question:${qid}`, questionId: qid, severity: 'error', message: `This survey has no question "${qid}".` });
  }
  for (const at of index.values()) issues.push(...questionIssues(at, answers, options.known));
  for (const rule of survey.rules) if (conditionHolds(survey, answers, rule.when)) issues.push(...ruleIssues(survey, rule, answers));
  if (options.recommendations) issues.push(...differencesFromGuide(survey, answers, options.recommendations));
  return issues;
}

function questionIssues(at: QuestionAt, answers: SurveyAnswers, known: KnownClientInfo | undefined): ValidationIssue[] {
  const q = at.question;
  const value = answers[q.id];
  const issues: ValidationIssue[] = [];
  if (q.required && !isAnswered(value)) issues.push({ id: `required:${q.id}`, ...where(at), severity: 'error', message: `Answer "${q.label}".` });
  if (q.kind === 'choice') {
    const code = textOf(value);
    if ((code !== undefined && !q.options.some((o) => o.code === code)) || Array.isArray(value)) {
      issues.push({ id: `unknown-code:${q.id}`, ...where(at), severity: 'error', message: `"${String(value)}" is not an option of "${q.label}".` });
    }
  } else if (q.kind === 'case-ids') {
    const ids = caseIdsOf(value);
    const limits = q.min === q.max ? `exactly ${q.max}` : `${q.min} to ${q.max}`;
    if (ids.length > q.max || (ids.length > 0 && ids.length < q.min)) {
      issues.push({ id: `case-id-count:${q.id}`, ...where(at), severity: 'error', message: `"${q.label}" has ${ids.length} case identifiers; enter ${limits}.`, ...cited(q.citation) });
    }
    const pattern = q.pattern === undefined ? undefined : new RegExp(q.pattern);
    if (pattern && ids.some((id) => !pattern.test(id))) {
      issues.push({ id: `case-id-format:${q.id}`, ...where(at), severity: 'warning', message: `A case identifier in "${q.label}" does not look like this survey's case identifiers.${q.help ? ` ${q.help}` : ''}` });
    }
  } else {
    const text = typeof value === 'string' ? value : '';
    const spans = q.noClientInfo ? findClientInfo(text, { ...known, caseIds: [...(known?.caseIds ?? []), ...caseIdsInAnswers(answers, at)] }) : [];
    if (spans.length > 0) {
      issues.push({ id: `client-info:${q.id}`, ...where(at), severity: 'error', message: `"${q.label}" must carry no client information, but it contains ${describeClientInfo(spans)}.`, spans, ...cited(q.citation) });
    }
    if (q.maxLength !== undefined && text.length > q.maxLength) {
      issues.push({ id: `too-long:${q.id}`, ...where(at), severity: 'warning', message: `"${q.label}" is longer than ${q.maxLength} characters.` });
    }
  }
  return issues;
}

/** The identifiers typed elsewhere in the survey must not reappear in its comment either. */
function caseIdsInAnswers(answers: SurveyAnswers, comment: QuestionAt): string[] {
  return Object.entries(answers).flatMap(([qid, v]) => (qid !== comment.question.id && Array.isArray(v) ? caseIdsOf(v) : []));
}

function ruleIssues(survey: Survey, rule: SurveyRule, answers: SurveyAnswers): ValidationIssue[] {
  const base = { severity: rule.severity, message: rule.message, citation: rule.citation };
  const then = rule.then;
  const flag = (ats: QuestionAt[]) => ats.map((at) => ({ id: `rule:${rule.id}:${at.question.id}`, ...where(at), ...base }));
  if ('require' in then) return flag(questionsOf(survey, then.require).filter((at) => !isAnswered(answers[at.question.id])));
  if ('empty' in then) return flag(questionsOf(survey, then.empty).filter((at) => isAnswered(answers[at.question.id])));
  if (answeredIn(survey, answers, then.requireAny).length > 0) return [];
  return [{ id: `rule:${rule.id}`, section: then.requireAny.sections?.[0], ...base }];
}

/** Informational: where the answers given so far differ from the guide's recommendation. */
export function differencesFromGuide(survey: Survey, answers: SurveyAnswers, recommendations: readonly Recommendation[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const info = { severity: 'info' as const };
  for (const rec of recommendations) {
    if (rec.kind === 'leave-blank') {
      const filled = rec.questionIds.filter((qid) => isAnswered(answers[qid]));
      for (const qid of filled) {
        const section = questionIndex(survey).get(qid)?.section.id;
        issues.push({ id: `differs:${qid}`, section, questionId: qid, ...info, message: `The guide recommends leaving this blank: ${rec.why}`, citation: rec.citation });
      }
      continue;
    }
    const value = answers[rec.questionId];
    if (!isAnswered(value)) continue; // not answered yet: "required" says so where it matters
    const at = { section: rec.sectionId, questionId: rec.questionId };
    if (rec.kind === 'choose' && textOf(value) !== rec.code) {
      issues.push({ id: `differs:${rec.questionId}`, ...at, ...info, message: `The guide recommends ${rec.code} ${rec.label}. ${rec.why}`, citation: rec.citation });
    }
    if (rec.kind === 'case-ids' && caseIdsOf(value).length !== rec.count) {
      issues.push({ id: `differs:${rec.questionId}`, ...at, ...info, message: `The guide recommends ${rec.count} case identifier${rec.count === 1 ? '' : 's'}. ${rec.why}`, citation: rec.citation });
    }
  }
  return issues;
}
