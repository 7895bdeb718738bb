/**
 * Cross-reference checks of a survey file that zod's shape checks cannot make: every rule,
 * guidance entry and form field names a question, code or value that exists, and every
 * recommendation can show a citation. A typo in a code would otherwise make the guide recommend
 * an answer the form does not have.
 */
import type { Citation } from '../policy/citation';
import type { Guidance, MomentMatch, SurveyRef } from './guidance-schema';
import type { FormBinding, Question, Section, SurveyRule } from './survey-schema';

export interface SurveyParts {
  sections: Section[];
  rules: SurveyRule[];
  guidance: Guidance;
  form?: FormBinding | undefined;
}

export interface ReferenceProblem {
  path: (string | number)[];
  message: string;
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

export function checkSurveyReferences(survey: SurveyParts): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const questions = new Map<string, { question: Question; section: Section }>();
  for (const section of survey.sections) for (const question of section.questions) questions.set(question.id, { question, section });

  for (const d of duplicates(survey.sections.map((s) => s.id))) add(['sections'], `section id "${d}" is used twice`);
  for (const d of duplicates(survey.sections.flatMap((s) => s.questions.map((q) => q.id)))) add(['sections'], `question id "${d}" is used twice`);
  survey.sections.forEach((section, si) =>
    section.questions.forEach((q, qi) => {
      const path = ['sections', si, 'questions', qi];
      if (q.kind === 'choice') for (const d of duplicates(q.options.map((o) => o.code))) add(path, `option code "${d}" is used twice`);
      if (q.kind === 'case-ids' && q.min > q.max) add(path, `min ${q.min} is more than max ${q.max}`);
      if (q.kind === 'case-ids' && q.pattern !== undefined && !compiles(q.pattern)) add([...path, 'pattern'], 'is not a valid regular expression');
    }),
  );

  const checkRef = (ref: SurveyRef, path: (string | number)[]) => {
    for (const s of ref.sections ?? []) if (!survey.sections.some((x) => x.id === s)) add(path, `names unknown section "${s}"`);
    for (const q of ref.questions ?? []) if (!questions.has(q)) add(path, `names unknown question "${q}"`);
  };
  const checkCode = (qid: string, code: string, path: (string | number)[]) => {
    const q = questions.get(qid)?.question;
    if (!q) add(path, `names unknown question "${qid}"`);
    else if (q.kind !== 'choice') add(path, `question "${qid}" has no options`);
    else if (!q.options.some((o) => o.code === code)) add(path, `question "${qid}" has no option "${code}"`);
  };

  for (const d of duplicates(survey.rules.map((r) => r.id))) add(['rules'], `rule id "${d}" is used twice`);
  survey.rules.forEach((rule, ri) => {
    const path = ['rules', ri];
    if (rule.when && 'answered' in rule.when) checkRef(rule.when.answered, [...path, 'when']);
    if (rule.when && 'in' in rule.when) for (const code of rule.when.in) checkCode(rule.when.question, code, [...path, 'when']);
    const then = rule.then;
    checkRef('require' in then ? then.require : 'empty' in then ? then.empty : then.requireAny, [...path, 'then']);
  });

  checkGuidance(survey.guidance, questions, checkRef, checkCode, add);

  if (survey.form) {
    for (const d of duplicates(survey.form.fields.flatMap((f) => f.names))) add(['form', 'fields'], `form field "${d}" is bound twice`);
    survey.form.fields.forEach((field, fi) => {
      const path = ['form', 'fields', fi];
      const q = questions.get(field.question)?.question;
      if (!q) return add(path, `names unknown question "${field.question}"`);
      if (q.kind !== 'case-ids' && field.names.length !== 1) add(path, `a ${q.kind} question is read from exactly one form field`);
      for (const code of Object.values(field.values ?? {})) checkCode(field.question, code, [...path, 'values']);
    });
  }
  return problems;
}

function checkGuidance(
  guidance: Guidance,
  questions: Map<string, { question: Question; section: Section }>,
  checkRef: (ref: SurveyRef, path: (string | number)[]) => void,
  checkCode: (qid: string, code: string, path: (string | number)[]) => void,
  add: (path: (string | number)[], message: string) => void,
): void {
  const asked = new Map(guidance.questions.map((q) => [q.id, new Set(q.options.map((o) => o.value))]));
  for (const d of duplicates(guidance.questions.map((q) => q.id))) add(['guidance', 'questions'], `guide question "${d}" is used twice`);
  for (const d of duplicates(guidance.outcomes.map((o) => o.id))) add(['guidance', 'outcomes'], `outcome id "${d}" is used twice`);
  const checkMatch = (match: MomentMatch, path: (string | number)[]) => {
    for (const [qid, values] of Object.entries(match)) {
      const known = asked.get(qid);
      if (!known) add(path, `names unknown guide question "${qid}"`);
      else for (const v of values) if (!known.has(v)) add(path, `guide question "${qid}" has no option "${v}"`);
    }
  };
  guidance.questions.forEach((q, i) => {
    for (const d of duplicates(q.options.map((o) => o.value))) add(['guidance', 'questions', i], `option "${d}" is used twice`);
    if (!q.askWhen) return;
    checkMatch(q.askWhen, ['guidance', 'questions', i, 'askWhen']);
    // The guide decides what to ask in question order, so a question can depend only on earlier ones.
    const earlier = new Set(guidance.questions.slice(0, i).map((e) => e.id));
    for (const dep of Object.keys(q.askWhen)) if (!earlier.has(dep)) add(['guidance', 'questions', i, 'askWhen'], `depends on "${dep}", which is not asked before it`);
  });
  guidance.outcomes.forEach((outcome, oi) => {
    const path = ['guidance', 'outcomes', oi];
    checkMatch(outcome.when, [...path, 'when']);
    if (outcome.kind !== 'recommend') return;
    outcome.recommend.forEach((rec, ri) => {
      const rpath = [...path, 'recommend', ri];
      let cited: Citation | undefined = rec.citation;
      if ('code' in rec) {
        checkCode(rec.question, rec.code, rpath);
        const at = questions.get(rec.question);
        const option = at?.question.kind === 'choice' ? at.question.options.find((o) => o.code === rec.code) : undefined;
        cited ??= option?.citation ?? at?.question.citation ?? at?.section.citation;
      } else if ('caseIds' in rec) {
        const at = questions.get(rec.question);
        if (at?.question.kind !== 'case-ids') add(rpath, `question "${rec.question}" does not take case identifiers`);
        else if (rec.caseIds < at.question.min || rec.caseIds > at.question.max) add(rpath, `${rec.caseIds} identifiers are outside the question's ${at.question.min}..${at.question.max}`);
        cited ??= at?.question.citation ?? at?.section.citation;
      } else checkRef(rec.blank, rpath);
      if (!cited) add(rpath, 'has no citation, and neither has the option or question it names');
    });
  });
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
