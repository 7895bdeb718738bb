/**
 * What the page overlay shows beside a survey form's questions: the guide's recommendation for
 * each question it covers (a note saying whether the answer on the form matches), and the
 * mistakes validateAnswers finds in what the worker has entered. Issues about answers not given
 * yet ("required", "answer section 3 or 4") are left to the form and to the side panel: the
 * overlay flags what was entered wrongly, live, and each mark goes once the answer is mended.
 * The texts repeat no comment text (client information is reported by kind, never quoted).
 * No zod: the content script uses it.
 */
import type { Citation } from '../policy/citation';
import { caseIdsOf, isAnswered, textOf, type SurveyAnswers } from './answers';
import type { Recommendation } from './guide';
import { questionIndex } from './survey-lookup';
import type { Survey } from './survey-schema';
import type { IssueSeverity, ValidationIssue } from './validate';

export interface RmssMark {
  /** data-caselens-finding: "rmss:recommend:<question>" or "rmss:<issue id>". */
  id: string;
  /** The question the mark sits beside. */
  questionId: string;
  severity: IssueSeverity;
  title: string;
  explanation: string;
  citationText: string;
}

/**
 * A citation in one line, without the policy titles (those live in lib/policy/citation.ts,
 * which loads zod): "Policy 000, <section>: “<quote>”".
 */
export function citationLine(c: Citation | undefined): string {
  if (!c) return '';
  const who = c.policy === 'external' ? (c.source ?? 'External source') : `Policy ${c.policy}`;
  const quote = c.quote ? `: “${c.quote}”` : '';
  return `${who}, ${c.section}${c.release ? ` (${c.release})` : ''}${quote}`;
}

/** Issues about what is entered (not about what is still missing), with a question to sit beside. */
export function isEntryMistake(issue: ValidationIssue): boolean {
  return issue.questionId !== undefined && !issue.id.startsWith('required:') && !issue.id.startsWith('differs:');
}

function fixHint(survey: Survey, issue: ValidationIssue, answers: SurveyAnswers): string {
  const check = issue.id.slice(0, issue.id.indexOf(':'));
  switch (check) {
    case 'rule': {
      const rule = survey.rules.find((r) => issue.id.startsWith(`rule:${r.id}:`));
      if (rule && 'empty' in rule.then) {
        return 'Leave this blank. CaseLens does not change the form: if a choice cannot be cleared, use the form’s own reset or reopen the survey.';
      }
      return 'Answer this on the form.';
    }
    case 'case-id-count': {
      const q = questionIndex(survey).get(issue.questionId ?? '')?.question;
      const many = q?.kind === 'case-ids' && caseIdsOf(answers[q.id]).length > q.max;
      return many ? 'Keep only the identifier of the case you were serving and clear the other boxes.' : 'Enter as many case identifiers as the form asks for.';
    }
    case 'client-info':
      return 'Describe the activity in general words, without names, Social Security numbers, birth dates or case numbers.';
    case 'unknown-code':
      return 'Choose one of the form’s own options.';
    case 'case-id-format':
      return 'Check the case identifier.';
    case 'too-long':
      return 'Shorten the text.';
    default:
      return 'Correct this answer on the form.';
  }
}

const GUIDE = 'CaseLens guide';

function recommendationMarks(survey: Survey, answers: SurveyAnswers, rec: Recommendation, cite: (c: Citation) => string): RmssMark[] {
  const base = { severity: 'info' as const, citationText: cite(rec.citation) };
  if (rec.kind === 'leave-blank') {
    const index = questionIndex(survey);
    return rec.questionIds.map((qid) => {
      const label = index.get(qid)?.question.label ?? qid;
      const state = isAnswered(answers[qid]) ? 'It is answered now.' : 'It is blank, as recommended.';
      return { id: `rmss:recommend:${qid}`, questionId: qid, ...base, title: `${GUIDE}: leave ${label} blank`, explanation: `${state} ${rec.why}` };
    });
  }
  const value = answers[rec.questionId];
  if (rec.kind === 'choose') {
    const given = textOf(value);
    const state = given === undefined ? 'Not answered yet.' : given === rec.code ? 'Your answer matches.' : `Your answer is ${given}.`;
    return [{ id: `rmss:recommend:${rec.questionId}`, questionId: rec.questionId, ...base, title: `${GUIDE}: ${rec.code} ${rec.label}`, explanation: `${state} ${rec.why}` }];
  }
  const ids = caseIdsOf(value);
  const howMany = rec.count === 1 ? 'one case identifier' : `${rec.count} case identifiers`;
  const which = rec.caseIds.length > 0 ? rec.caseIds.join(', ') : 'the case you were serving';
  const same = rec.caseIds.length > 0 ? ids.length === rec.caseIds.length && rec.caseIds.every((c) => ids.includes(c)) : ids.length === rec.count;
  const state = ids.length === 0 ? 'Not answered yet.' : same ? 'Your answer matches.' : `Your answer: ${ids.join(', ')}.`;
  return [{ id: `rmss:recommend:${rec.questionId}`, questionId: rec.questionId, ...base, title: `${GUIDE}: ${howMany}, ${which}`, explanation: `${state} ${rec.why}` }];
}

/** Recommendation notes first, then mistakes, each anchored to a question. */
export function rmssMarks(
  survey: Survey,
  answers: SurveyAnswers,
  issues: readonly ValidationIssue[],
  recommendations: readonly Recommendation[] = [],
  cite: (c: Citation) => string = citationLine,
): RmssMark[] {
  const marks = recommendations.flatMap((rec) => recommendationMarks(survey, answers, rec, cite));
  for (const issue of issues.filter(isEntryMistake)) {
    marks.push({
      id: `rmss:${issue.id}`,
      questionId: issue.questionId!,
      severity: issue.severity,
      title: issue.message,
      explanation: fixHint(survey, issue, answers),
      citationText: issue.citation ? cite(issue.citation) : '',
    });
  }
  return marks;
}
