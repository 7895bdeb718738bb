/**
 * A random-moment survey as data: sections of coded questions, the form's consistency rules
 * ("if section 4 is answered, section 3 must be empty"), the policy's guidance for the guide,
 * and how the survey's web form names its fields. Built-in surveys live in
 * lib/rmss/surveys/<id>.json. Versioned so a stale file is rejected, not half-understood.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../facts/case-facts';
import { CitationSchema } from '../policy/citation';
import { GuidanceSchema, SurveyKeySchema, SurveyRefSchema } from './guidance-schema';
import { checkSurveyReferences } from './survey-references';

export const SURVEY_SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
const label = z.string().min(1).max(300);

export const SurveyOptionSchema = z
  .object({
    code: SurveyKeySchema,
    /** The form's own wording, so the worker recognises the option on the real form. */
    label,
    citation: CitationSchema.optional(),
  })
  .strict();
export type SurveyOption = z.infer<typeof SurveyOptionSchema>;

const questionBase = {
  id: SurveyKeySchema,
  label,
  /** Always required. Answers required only in some cases are `require` rules instead. */
  required: z.boolean().default(false),
  help: z.string().max(600).optional(),
  citation: CitationSchema.optional(),
};

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.object({ ...questionBase, kind: z.literal('choice'), options: z.array(SurveyOptionSchema).min(1) }).strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('case-ids'),
      /** How many identifiers once any is given (or the question is required). */
      min: z.number().int().min(1).max(20),
      max: z.number().int().min(1).max(20),
      /** Regular expression a single identifier must match (whole value), if the agency has one. */
      pattern: z.string().min(1).max(200).optional(),
    })
    .strict(),
  z
    .object({
      ...questionBase,
      kind: z.literal('comment'),
      /** The form forbids client information (names, SSNs, birth dates, case numbers) here. */
      noClientInfo: z.boolean(),
      maxLength: z.number().int().min(1).max(10000).optional(),
    })
    .strict(),
]);
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = z
  .object({ id: SurveyKeySchema, title: label, questions: z.array(QuestionSchema).min(1), citation: CitationSchema.optional() })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const ConditionSchema = z.union([
  z.object({ answered: SurveyRefSchema }).strict(),
  z.object({ question: SurveyKeySchema, in: z.array(SurveyKeySchema).min(1) }).strict(),
]);
export type Condition = z.infer<typeof ConditionSchema>;

/** A consistency ("skip") rule of the form: when `when` holds (always, if absent), `then` must. */
export const SurveyRuleSchema = z
  .object({
    id,
    when: ConditionSchema.optional(),
    then: z.union([
      z.object({ require: SurveyRefSchema }).strict(),
      z.object({ empty: SurveyRefSchema }).strict(),
      /** At least one of the named sections/questions is answered. */
      z.object({ requireAny: SurveyRefSchema }).strict(),
    ]),
    severity: z.enum(['error', 'warning']).default('error'),
    message: z.string().min(1).max(600),
    citation: CitationSchema,
  })
  .strict();
export type SurveyRule = z.infer<typeof SurveyRuleSchema>;

/** Which form controls (by `name`) hold each question, so an overlay can read any survey form. */
export const FormBindingSchema = z
  .object({
    /** CSS selector of the survey form on its page. */
    selector: z.string().min(1).max(200).optional(),
    fields: z
      .array(
        z
          .object({
            question: SurveyKeySchema,
            /** One control for a choice or comment; one or more for case identifiers. */
            names: z.array(z.string().min(1).max(100)).min(1),
            /** Form value -> option code, when the form's values are not the codes themselves. */
            values: z.record(z.string(), SurveyKeySchema).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type FormBinding = z.infer<typeof FormBindingSchema>;

export const SurveySchema = z
  .object({
    schemaVersion: z.literal(SURVEY_SCHEMA_VERSION),
    /** Equals the file name in lib/rmss/surveys/. */
    id,
    title: label,
    /** Two-letter state code; "XX" for a demonstration survey of no real agency. */
    jurisdiction: z.string().regex(/^[A-Z]{2}$/),
    /** A demonstration of the format, never to be offered to a worker as a real form. */
    example: z.boolean().default(false),
    version: z.string().min(1).max(100),
    effective: IsoDateSchema,
    citation: CitationSchema,
    sections: z.array(SectionSchema).min(1),
    rules: z.array(SurveyRuleSchema).default([]),
    guidance: GuidanceSchema,
    form: FormBindingSchema.optional(),
  })
  .strict()
  .superRefine((survey, ctx) => {
    for (const problem of checkSurveyReferences(survey)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type Survey = z.infer<typeof SurveySchema>;
export type SurveyInput = z.input<typeof SurveySchema>;

/** Answers as they travel in messages and storage (see lib/rmss/answers.ts for their meaning). */
export const SurveyAnswersSchema = z.record(
  SurveyKeySchema,
  z.union([z.string().max(10000), z.array(z.string().max(100)).max(20)]).optional(),
);
