/**
 * Rules as data (one JSON file per rule in lib/rules/data, file name = id). Conditions compose
 * with all / any / not over facts; facts are code (lib/rules/facts). A rule is either a
 * condition ("this must not be true") or a deadline ("this must be done by a date").
 */
import { z } from 'zod';
import { IsoDateSchema, JurisdictionSchema } from '../facts/case-facts';
import { CitationSchema } from '../policy/citation';
import { RuleExampleSchema } from './rule-example-schema';

export const RULE_SCHEMA_VERSION = 1;

export const OPERATORS = [
  'equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual',
  'exists', 'missing', 'notEmpty', 'empty', 'includes', 'matches',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface FactCondition {
  fact: string;
  params?: Record<string, unknown>;
  operator: Operator;
  value?: unknown;
  /** Words used in the explanation for this fact ("the case management flag"). */
  label?: string;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    z
      .object({
        fact: z.string().min(1),
        params: z.record(z.string(), z.unknown()).optional(),
        operator: z.enum(OPERATORS),
        value: z.unknown().optional(),
        label: z.string().optional(),
      })
      .strict(),
  ]),
);

/** A fact a rule refers to, with the params of a derived fact. */
export const FactRefSchema = z
  .object({
    fact: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
    /**
     * In `latestOf`: the fact may be absent (blank on a screen that showed the others, such as
     * a case-manager change date that never happened). Without it, a missing fact makes the
     * anchor unknown.
     */
    optional: z.boolean().optional(),
  })
  .strict();
export type FactRef = z.infer<typeof FactRefSchema>;

/**
 * A date a deadline counts from: a date fact (the latest date when it lists several), the
 * latest of several facts (e.g. referral, case-manager change, track change), or a recurring
 * period (monthly duties).
 */
export const AnchorSchema = z.union([
  z.object({ fact: z.string().min(1), params: z.record(z.string(), z.unknown()).optional(), label: z.string().min(1) }).strict(),
  z.object({ latestOf: z.array(FactRefSchema).min(2), label: z.string().min(1) }).strict(),
  /**
   * One duty per row of a list (each contact, each authorization): every row's date is an
   * anchor of its own, so a row not yet due is open with its due date, and each one missed is
   * a finding. `date` names the row's date field (default "date"); `doneField` a date field of
   * the row itself that shows it done (an exemption change's transmitted date), in place of `done`.
   */
  z
    .object({
      eachOf: z
        .object({
          fact: z.string().min(1),
          params: z.record(z.string(), z.unknown()).optional(),
          date: z.string().min(1).optional(),
          doneField: z.string().min(1).optional(),
        })
        .strict(),
      label: z.string().min(1),
    })
    .strict(),
  z
    .object({
      period: z.enum(['month']),
      label: z.string().min(1),
      /**
       * Also check this many past periods and report each one missed as a finding. A duty due
       * at the end of a month can only be overdue once that month is over.
       */
      lookBack: z.number().int().min(0).max(12).optional(),
      /** The duty starts with this date (e.g. the referral): periods ending before it do not count. */
      activeFrom: FactRefSchema.optional(),
      /** The duty ends with this date (e.g. TA closure): periods starting after it do not count. */
      activeUntil: FactRefSchema.optional(),
    })
    .strict(),
]);
export type Anchor = z.infer<typeof AnchorSchema>;

/** How the due date follows from the anchor. */
export const DueSchema = z.union([
  z.object({ businessDays: z.number().int().min(0).max(365) }).strict(),
  z.object({ days: z.number().int().min(0).max(3650) }).strict(),
  z.object({ months: z.number().int().min(0).max(120) }).strict(),
  /** Day D of the month that is `monthOffset` months after the anchor's month. */
  z.object({ dayOfMonth: z.number().int().min(1).max(31), monthOffset: z.number().int().min(0).max(12) }).strict(),
  /** The last day of the month `monthOffset` months after the anchor's month. */
  z.object({ endOfMonth: z.number().int().min(0).max(12) }).strict(),
]);

/**
 * What shows the duty done: a date fact (or list of dates) on or after the anchor, and for a
 * period anchor within the period. `countFrom: "any"` also counts dates before the anchor (a
 * duty done early, e.g. last month's hours entered before this month began). `countUntil:
 * "asOf"` also counts dates after a past period, up to today, as done late: for a done fact
 * that itself names the period a deed is for (a childcare request for next month made on the
 * 2nd is that duty done late, not another month's).
 */
export const DoneSchema = z
  .object({
    fact: z.string().min(1),
    params: z.record(z.string(), z.unknown()).optional(),
    label: z.string().min(1),
    countFrom: z.enum(['anchor', 'any']).optional(),
    countUntil: z.enum(['period', 'asOf']).optional(),
  })
  .strict();

export const FixSchema = z
  .object({
    /** What the worker should do, in plain words. */
    text: z.string().min(1),
    /** Write a value into a screen field on click. */
    setField: z.object({ fact: z.string(), value: z.string() }).strict().optional(),
    /** Narration template to open. */
    template: z.string().optional(),
  })
  .strict();

const base = {
  schemaVersion: z.literal(RULE_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(5).max(120),
  citation: CitationSchema,
  appliesTo: z
    .object({
      jurisdictions: z.array(JurisdictionSchema).min(1),
      programs: z.array(z.string()).optional(),
      tracks: z.array(z.string()).optional(),
      /** Further applicability, e.g. "only when the FSSP was mailed". */
      when: ConditionSchema.optional(),
    })
    .strict(),
  severity: z.enum(['error', 'warning', 'info']),
  /** Plain-language reason, with {{fact}} placeholders filled from the evidence. */
  explain: z.string().min(10),
  fix: FixSchema,
  /** The screen fact to mark beside when the finding fires. */
  mark: z.string().optional(),
  /** Shown in checklists as a duty (deadline rules always are). */
  checklist: z.boolean().default(false),
  /** Short checklist wording ("Contact within 1 business day of referral"). */
  duty: z.string().max(100).optional(),
  /** Counts as the monthly caseload review when done (the caseload view's "reviewed this month"). */
  caseloadReview: z.boolean().default(false),
  /**
   * When the rule judges cases. Defaults to the cited policy text's release: from its effective
   * date until a later release of the same chapter takes effect (lib/rules/effective.ts).
   */
  effective: z.object({ from: IsoDateSchema.optional(), until: IsoDateSchema.optional() }).strict().optional(),
  /** Facts, an as-of date and what the rule must say (lib/rules/rule-examples.ts); run by the tests and on pack import. */
  examples: z.array(RuleExampleSchema).max(50).optional(),
};

export const ConditionRuleSchema = z.object({ ...base, kind: z.literal('condition'), when: ConditionSchema }).strict();
export const DeadlineRuleSchema = z
  .object({
    ...base,
    kind: z.literal('deadline'),
    anchor: AnchorSchema,
    due: DueSchema,
    /**
     * Omitted for a rolling duty, which is done by moving the anchor itself (a new FSSP plan
     * date, a later check-in): it is open until due and overdue after.
     */
    done: DoneSchema.optional(),
    /**
     * A duty done late is still reported (as a warning) for this many days after; 0: a late deed
     * shows in the checklist only (another rule already judges the late deed itself).
     */
    reportLateDays: z.number().int().min(0).default(0),
  })
  .strict();

/** A fact a duty's evidence shows beside it (the date of the assessment, the amendments). */
export const EvidenceRefSchema = z
  .object({ fact: z.string().min(1), params: z.record(z.string(), z.unknown()).optional(), label: z.string().min(1) })
  .strict();

/**
 * A duty only the worker can confirm, because the screens CaseLens reads do not show it (e.g.
 * Maine's "assisting participants to make informed choices"): listed "to confirm" with the
 * evidence the screens do give, until the worker marks it done (or `doneWhen` shows it done).
 */
export const AttestationRuleSchema = z
  .object({
    ...base,
    kind: z.literal('attestation'),
    evidence: z.array(EvidenceRefSchema).default([]),
    doneWhen: ConditionSchema.optional(),
    /** Confirmed again every month (e.g. monitoring progress); otherwise once. */
    period: z.enum(['month']).optional(),
  })
  .strict();

export const RuleSchema = z.discriminatedUnion('kind', [ConditionRuleSchema, DeadlineRuleSchema, AttestationRuleSchema]);
export type Rule = z.infer<typeof RuleSchema>;
export type ConditionRule = z.infer<typeof ConditionRuleSchema>;
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
export type AttestationRule = z.infer<typeof AttestationRuleSchema>;
export type Due = z.infer<typeof DueSchema>;
export type Done = z.infer<typeof DoneSchema>;
