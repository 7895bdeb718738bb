/**
 * The `guidance` part of an RMSS survey file: which questions the guide asks about the sampled
 * moment, and which answers the agency's policy prescribes for which moments. It is data so that
 * each state's survey carries its own policy; lib/rmss/guide.ts only evaluates it. A moment the
 * data does not cover gets an explicit "not covered" result, never a guess.
 */
import { z } from 'zod';
import { CitationSchema } from '../policy/citation';

/** Values and ids of guide questions: kebab-case, so they read well in data and tests. */
const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
/** Survey question ids ("1.A", "2.B", "program") and option codes ("1.A.2", "TANF"). */
export const SurveyKeySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
  message: 'must be letters, digits, ".", "_" or "-" (at most 40)',
});

/** Survey sections and/or questions, as named in the survey's `sections`. */
export const SurveyRefSchema = z
  .object({ sections: z.array(SurveyKeySchema).min(1).optional(), questions: z.array(SurveyKeySchema).min(1).optional() })
  .strict()
  .refine((r) => r.sections || r.questions, { message: 'names no section and no question' });
export type SurveyRef = z.infer<typeof SurveyRefSchema>;

export const GuideOptionSchema = z
  .object({ value: key, label: z.string().min(1).max(300), help: z.string().max(600).optional() })
  .strict();

/** Guide question id -> the values for which a condition holds. */
export const MomentMatchSchema = z.record(key, z.array(key).min(1));
export type MomentMatch = z.infer<typeof MomentMatchSchema>;

export const GuideQuestionSchema = z
  .object({
    id: key,
    prompt: z.string().min(1).max(300),
    help: z.string().max(600).optional(),
    options: z.array(GuideOptionSchema).min(2),
    /** Ask only when earlier answers match (e.g. "are you TCM certified" only for TCM work). */
    askWhen: MomentMatchSchema.optional(),
  })
  .strict();
export type GuideQuestion = z.infer<typeof GuideQuestionSchema>;

const why = z.string().min(1).max(600);
/**
 * One recommended answer. `citation` may be left out when the option (or question, or rule) it
 * points at is cited already; the guide then shows that citation, so a quote lives in one place.
 */
export const RecommendSchema = z.union([
  z.object({ question: SurveyKeySchema, code: SurveyKeySchema, why, citation: CitationSchema.optional() }).strict(),
  z.object({ question: SurveyKeySchema, caseIds: z.number().int().min(1).max(20), why, citation: CitationSchema.optional() }).strict(),
  z.object({ blank: SurveyRefSchema, why, citation: CitationSchema.optional() }).strict(),
]);
export type Recommend = z.infer<typeof RecommendSchema>;

export const OutcomeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('recommend'),
      id: key,
      when: MomentMatchSchema,
      /** One sentence: which moment this is, in the policy's words where it has them. */
      summary: z.string().min(1).max(600),
      citation: CitationSchema,
      recommend: z.array(RecommendSchema).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('not-covered'),
      id: key,
      when: MomentMatchSchema,
      /** Why the policy does not settle this moment (shown before the general advice). */
      reason: z.string().min(1).max(600),
      citation: CitationSchema.optional(),
    })
    .strict(),
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const GuidanceSchema = z
  .object({
    citation: CitationSchema,
    questions: z.array(GuideQuestionSchema).min(1),
    /** Tried in order; the first whose `when` holds decides. */
    outcomes: z.array(OutcomeSchema).min(1),
    /** What the worker is told when no outcome holds: the policy texts do not cover the moment. */
    notCovered: z.object({ advice: z.string().min(1).max(600), citation: CitationSchema.optional() }).strict(),
  })
  .strict();
export type Guidance = z.infer<typeof GuidanceSchema>;
