/**
 * The guided survey: the worker describes the sampled moment by answering the survey's guide
 * questions, and the guide returns what the survey's policy says to answer, each with why and
 * a citation. It evaluates the survey's `guidance` data and holds no state's policy itself.
 * It never answers for the worker: the result is advice the worker applies on the real form.
 * A moment the guidance does not cover gets "not covered", never a best guess.
 */
import type { Citation } from '../policy/citation';
import type { GuideQuestion, MomentMatch, Recommend } from './guidance-schema';
import { optionCitation, questionIndex, questionsOf } from './survey-lookup';
import type { Survey } from './survey-schema';

/** Guide question id -> the option value the worker picked. */
export type MomentAnswers = Readonly<Record<string, string | undefined>>;

export interface GuideContext {
  /** The case the worker was serving, when the side panel knows it (the active case). */
  caseIds?: readonly string[];
}

export type Recommendation =
  | { kind: 'choose'; sectionId: string; questionId: string; questionLabel: string; code: string; label: string; why: string; citation: Citation }
  | {
      kind: 'case-ids';
      sectionId: string;
      questionId: string;
      questionLabel: string;
      count: number;
      /** The identifiers from the context when it gives exactly `count`; else empty, for the worker to fill. */
      caseIds: string[];
      why: string;
      citation: Citation;
    }
  | { kind: 'leave-blank'; sectionIds: string[]; questionIds: string[]; why: string; citation: Citation };

export type GuideResult =
  /** More about the moment is needed: ask these (in order) next. */
  | { status: 'needs-answers'; questions: GuideQuestion[] }
  | { status: 'recommended'; outcomeId: string; summary: string; citation: Citation; recommendations: Recommendation[] }
  /** The policy texts do not settle this moment: the form's definitions or the supervisor do. */
  | { status: 'not-covered'; outcomeId?: string; reason?: string; advice: string; citation?: Citation };

type Tri = boolean | 'unknown';

interface MomentState {
  /** Answers to questions that apply, with values the question offers; others are ignored. */
  answers: Map<string, string>;
  /** Per question: asked (true), never asked for these answers (false), or not yet decidable. */
  applies: Map<string, Tri>;
}

function matches(match: MomentMatch, state: MomentState): Tri {
  let result: Tri = true;
  for (const [qid, values] of Object.entries(match)) {
    const value = state.answers.get(qid);
    if (value !== undefined) {
      if (!values.includes(value)) return false;
    } else if (state.applies.get(qid) === false) return false;
    else result = 'unknown';
  }
  return result;
}

/** Questions are settled in order, since each may depend only on earlier ones. */
function momentState(survey: Survey, moment: MomentAnswers): MomentState {
  const state: MomentState = { answers: new Map(), applies: new Map() };
  for (const q of survey.guidance.questions) {
    const applies = q.askWhen ? matches(q.askWhen, state) : true;
    state.applies.set(q.id, applies);
    const value = moment[q.id];
    if (applies === true && value !== undefined && q.options.some((o) => o.value === value)) state.answers.set(q.id, value);
  }
  return state;
}

/** The guide questions that apply to the moment as described so far, answered or not, in order. */
export function guideQuestions(survey: Survey, moment: MomentAnswers): GuideQuestion[] {
  const state = momentState(survey, moment);
  return survey.guidance.questions.filter((q) => state.applies.get(q.id) === true);
}

export function guide(survey: Survey, moment: MomentAnswers, context: GuideContext = {}): GuideResult {
  const { guidance } = survey;
  const state = momentState(survey, moment);
  for (const outcome of guidance.outcomes) {
    const holds = matches(outcome.when, state);
    if (holds === false) continue;
    if (holds === 'unknown') {
      const open = guidance.questions.filter((q) => state.applies.get(q.id) === true && !state.answers.has(q.id));
      return { status: 'needs-answers', questions: open };
    }
    if (outcome.kind === 'not-covered') {
      return { status: 'not-covered', outcomeId: outcome.id, reason: outcome.reason, advice: guidance.notCovered.advice, ...cite(outcome.citation) };
    }
    return {
      status: 'recommended',
      outcomeId: outcome.id,
      summary: outcome.summary,
      citation: outcome.citation,
      recommendations: outcome.recommend.map((rec) => resolve(survey, rec, context)),
    };
  }
  return { status: 'not-covered', advice: guidance.notCovered.advice, ...cite(guidance.notCovered.citation) };
}

const cite = (citation: Citation | undefined) => (citation ? { citation } : {});

/** Labels and citations come from the survey, so the side panel shows the form's own words. */
function resolve(survey: Survey, rec: Recommend, context: GuideContext): Recommendation {
  // The schema's reference check guarantees the names and the citation resolve.
  const missing = (what: string): never => {
    throw new Error(`Survey ${survey.id}: recommendation names ${what} (the schema check should have caught this)`);
  };
  if ('blank' in rec) {
    const blank = questionsOf(survey, rec.blank);
    return {
      kind: 'leave-blank',
      sectionIds: [...new Set(blank.map((at) => at.section.id))],
      questionIds: blank.map((at) => at.question.id),
      why: rec.why,
      citation: rec.citation ?? missing('a blank without a citation'),
    };
  }
  const at = questionIndex(survey).get(rec.question) ?? missing(`question ${rec.question}`);
  const base = { sectionId: at.section.id, questionId: at.question.id, questionLabel: at.question.label, why: rec.why };
  if ('caseIds' in rec) {
    const known = (context.caseIds ?? []).map((c) => c.trim()).filter((c) => c !== '');
    const citation = rec.citation ?? at.question.citation ?? at.section.citation ?? missing(`uncited question ${rec.question}`);
    return { kind: 'case-ids', ...base, count: rec.caseIds, caseIds: known.length === rec.caseIds ? known : [], citation };
  }
  const option = (at.question.kind === 'choice' ? at.question.options.find((o) => o.code === rec.code) : undefined) ?? missing(`option ${rec.code}`);
  const citation = rec.citation ?? optionCitation(at, rec.code) ?? missing(`uncited option ${rec.code}`);
  return { kind: 'choose', ...base, code: option.code, label: option.label, citation };
}
