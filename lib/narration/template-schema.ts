/**
 * Narration templates as data (one JSON file per template in lib/templates, file name = id).
 * The template language is deliberately tiny: `{{field}}` placeholders in a list of sections,
 * each section shown or hidden by a JSON `when` condition. There are no loops, expressions,
 * helpers or HTML; values are substituted in one pass, so text a worker types is never read as
 * template syntax. Everything here is checked when a template is loaded (see the refinements
 * at the end), so a broken agency template is rejected with a message instead of half-working.
 */
import { z } from 'zod';
import { CitationSchema } from '../policy/citation';
import { JurisdictionSchema } from '../facts/case-facts';

export const TEMPLATE_SCHEMA_VERSION = 1;

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
/** camelCase, so `{{mailedDate}}` reads naturally and cannot collide with syntax. */
const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { message: 'must be camelCase letters and digits' });
const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

/** `{{key}}`: the only template syntax. Anything else with braces is an error at load time. */
export const PLACEHOLDER = /\{\{([a-z][a-zA-Z0-9]*)\}\}/g;

export const TARGET_KINDS = ['tracs-narration', 'clno', 'cano', 'aspire-note'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The built-in screen profile whose narrationTarget a kind is written into, used for the fit
 * checks when the worker is not on the screen yet. CMS has no CANO entry profile yet.
 */
export const TARGET_PROFILE_IDS: Record<TargetKind, string | undefined> = {
  'tracs-narration': 'or-tracs-narration',
  clno: 'ak-cms-clno-entry',
  cano: undefined,
  'aspire-note': 'me-aspire-family-contract',
};

export interface LeafCondition {
  field: string;
  /** Default when no operator is given: true (the field has a value). */
  filled?: boolean;
  equals?: string | number | boolean;
  notEquals?: string | number | boolean;
  greaterThan?: number;
  /** Case-insensitive substring of a text value. */
  includes?: string;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | LeafCondition;

const LeafSchema = z
  .object({
    field: fieldKey,
    filled: z.boolean().optional(),
    equals: scalar.optional(),
    notEquals: scalar.optional(),
    greaterThan: z.number().optional(),
    includes: z.string().min(1).max(100).optional(),
  })
  .strict()
  .refine((c) => ['filled', 'equals', 'notEquals', 'greaterThan', 'includes'].filter((k) => k in c).length <= 1, {
    message: 'a condition has at most one operator',
  });

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    LeafSchema,
  ]),
);

/** Date maths for a derived value: months, then end of month, then days or business days. */
export const DateMathSchema = z
  .object({
    /** 'today' (in the jurisdiction) or the key of an earlier date field. */
    from: z.string().min(1),
    months: z.number().int().min(-120).max(120).optional(),
    endOfMonth: z.boolean().optional(),
    days: z.number().int().min(-3650).max(3650).optional(),
    /** Counted with the jurisdiction's holiday calendar and agency closures. */
    businessDays: z.number().int().min(-365).max(365).optional(),
  })
  .strict()
  .refine((d) => d.days === undefined || d.businessDays === undefined, { message: 'use days or businessDays, not both' });
export type DateMath = z.infer<typeof DateMathSchema>;

/**
 * Where a field's starting value comes from. `fact` is a path into the case facts; a list
 * element is picked with `[latest]` (greatest `date`, else `month`) or `[n]`, e.g.
 * "supportiveServices[latest].amount".
 */
export const DefaultSchema = z.union([
  z.object({ fact: z.string().regex(/^[a-zA-Z]+(\[(latest|\d+)\])?(\.[a-zA-Z]+(\[(latest|\d+)\])?)*$/) }).strict(),
  z.object({ compute: DateMathSchema }).strict(),
  z.object({ value: scalar }).strict(),
]);
export type FieldDefault = z.infer<typeof DefaultSchema>;

export const OptionSchema = z
  .object({
    value: z.string().min(1).max(60),
    label: z.string().min(1).max(200),
    /** What `{{field}}` inserts for this option (default: the label). */
    text: z.string().min(1).max(300).optional(),
    /** Values a screen shows for this option (codes), so a fact can preselect it. */
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type TemplateOption = z.infer<typeof OptionSchema>;

export const FIELD_KINDS = ['text', 'textarea', 'choice', 'date', 'month', 'yesno', 'money', 'number'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const TemplateFieldSchema = z
  .object({
    key: fieldKey,
    label: z.string().min(1).max(80),
    kind: z.enum(FIELD_KINDS),
    required: z.boolean().default(false),
    /** Required only while this holds (e.g. supervisor approval when the amount is over $1500). */
    requiredWhen: ConditionSchema.optional(),
    options: z.array(OptionSchema).min(1).optional(),
    /** Options from settings: 'tcmServices' = one option per TCM-eligible service (text = its narration). */
    optionsFrom: z.literal('tcmServices').optional(),
    /** Tried in order until one gives a value; an answer always wins. */
    default: z.union([DefaultSchema, z.array(DefaultSchema).min(1)]).optional(),
    help: z.string().max(400).optional(),
    maxLength: z.number().int().min(1).max(4000).optional(),
    /** Cited when the field is missing, if more specific than the template's citation. */
    citation: CitationSchema.optional(),
  })
  .strict()
  .refine((f) => (f.kind === 'choice') === (f.options !== undefined || f.optionsFrom !== undefined), {
    message: 'choice fields need options or optionsFrom, other kinds take neither',
  })
  .refine((f) => !(f.options && f.optionsFrom), { message: 'use options or optionsFrom, not both' });
export type TemplateField = z.infer<typeof TemplateFieldSchema>;

export const SectionSchema = z
  .object({
    /** Rendered as "Heading: text" so required headings can be checked in edited text. */
    heading: z.string().min(1).max(60).optional(),
    text: z.string().min(1).max(2000),
    when: ConditionSchema.optional(),
  })
  .strict();
export type TemplateSection = z.infer<typeof SectionSchema>;

const TitleAlternative = z.object({ text: z.string().min(1).max(200), when: ConditionSchema.optional() }).strict();

/** A policy check on the values, e.g. "the monthly contact must include an FSSP review". */
export const CheckSchema = z
  .object({
    id: kebab,
    /** The issue is reported while this holds. */
    when: ConditionSchema,
    severity: z.enum(['error', 'warning']),
    message: z.string().min(10).max(400),
    /** Inserting would record something the policy forbids. */
    blocks: z.boolean().default(false),
    citation: CitationSchema.optional(),
  })
  .strict();

/** Words the finished text must contain (any one of them), even after the worker edits it. */
export const RequiredElementSchema = z
  .object({ id: kebab, label: z.string().min(3).max(120), anyOf: z.array(z.string().min(2).max(80)).min(1) })
  .strict();

export const ReminderSchema = z
  .object({ text: z.string().min(5).max(300), when: ConditionSchema.optional(), citation: CitationSchema.optional() })
  .strict();
export type Reminder = z.infer<typeof ReminderSchema>;

const TemplateObject = z
  .object({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: kebab,
    title: z.string().min(5).max(120),
    description: z.string().max(400).optional(),
    jurisdiction: JurisdictionSchema,
    target: z
      .object({
        kind: z.enum(TARGET_KINDS),
        /** CLNO title: one string, or alternatives of which the first whose `when` holds is used. */
        title: z.union([z.string().min(1).max(200), z.array(TitleAlternative).min(1)]).optional(),
      })
      .strict()
      .refine((t) => (t.kind === 'clno') === (t.title !== undefined), { message: 'clno targets need a title; others have none' }),
    citation: CitationSchema,
    fields: z.array(TemplateFieldSchema).min(1),
    sections: z.array(SectionSchema).min(1),
    requiredHeadings: z.array(z.string().min(1)).default([]),
    requiredElements: z.array(RequiredElementSchema).default([]),
    checks: z.array(CheckSchema).default([]),
    reminders: z.array(ReminderSchema).default([]),
    /** Client identifiers the template calls for, so the privacy lint lets them through. */
    allows: z.array(z.enum(['ssn', 'birth-date', 'medical'])).default([]),
    /** Answers that render a complete, lint-clean note (used by the conventions test and as a demo). */
    example: z.record(z.string(), scalar),
    /**
     * More examples, each with the checks it must raise ([] = none), run like the rules'
     * (lib/narration/template-examples.ts): in the tests, on pack import and by the CLI.
     */
    examples: z
      .array(
        z
          .object({
            name: z.string().min(3).max(200),
            answers: z.record(z.string(), scalar),
            /** The note (and CLNO title) as the worker edited them, when the example is about edited text. */
            text: z.string().max(4000).optional(),
            title: z.string().max(200).optional(),
            expect: z.object({ checks: z.array(z.string().min(1)).max(30) }).strict(),
          })
          .strict(),
      )
      .max(30)
      .optional(),
  })
  .strict();

export const NarrationTemplateSchema = TemplateObject.superRefine((t, ctx) => {
  for (const message of templateProblems(t)) ctx.addIssue({ code: 'custom', message });
});
export type NarrationTemplate = z.infer<typeof NarrationTemplateSchema>;
export type NarrationTemplateInput = z.input<typeof NarrationTemplateSchema>;

// ---- load-time checks: every name a template uses must exist ---------------------------------

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function conditionFields(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  return [c.field];
}

/** Fields a condition guarantees to have a value whenever it holds. */
function guaranteed(c: Condition): Set<string> {
  if ('all' in c) return new Set(c.all.flatMap((x) => [...guaranteed(x)]));
  if ('any' in c) {
    const sets = c.any.map(guaranteed);
    return new Set([...sets[0]!].filter((k) => sets.every((s) => s.has(k))));
  }
  const negative = c.filled === false || c.notEquals !== undefined;
  return negative ? new Set() : new Set([c.field]);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function templateProblems(t: z.infer<typeof TemplateObject>): string[] {
  const out: string[] = [];
  const keys = t.fields.map((f) => f.key);
  const byKey = new Map(t.fields.map((f) => [f.key, f]));
  if (new Set(keys).size !== keys.length) out.push('field keys must be unique');
  const known = (where: string, key: string) => byKey.has(key) || out.push(`${where}: unknown field "${key}"`);
  const checkText = (where: string, text: string) => {
    const stray = text.replace(PLACEHOLDER, '');
    if (stray.includes('{{') || stray.includes('}}')) out.push(`${where}: braces that are not a {{field}} placeholder`);
    placeholdersOf(text).forEach((k) => known(where, k));
  };
  const checkCondition = (where: string, c: Condition | undefined) => c && conditionFields(c).forEach((k) => known(where, k));
  /** A placeholder of an optional field must sit in a section that only shows when it has a value. */
  const checkGuarded = (where: string, text: string, when: Condition | undefined) => {
    for (const k of placeholdersOf(text)) {
      const f = byKey.get(k);
      if (!f || f.required) continue;
      const ok = when && (guaranteed(when).has(k) || (f.requiredWhen && same(f.requiredWhen, when)));
      if (!ok) out.push(`${where}: optional field "${k}" needs a "when" that guarantees it has a value`);
    }
  };
  t.fields.forEach((f, i) => {
    checkCondition(`field ${f.key} requiredWhen`, f.requiredWhen);
    for (const d of f.default === undefined ? [] : Array.isArray(f.default) ? f.default : [f.default]) {
      if (!('compute' in d) || d.compute.from === 'today') continue;
      const from = byKey.get(d.compute.from);
      if (!from || keys.indexOf(d.compute.from) >= i || (from.kind !== 'date' && from.kind !== 'month')) {
        out.push(`field ${f.key}: compute.from must be "today" or an earlier date field`);
      }
    }
  });
  t.sections.forEach((s, i) => {
    checkText(`section ${i + 1}`, s.text);
    checkCondition(`section ${i + 1} when`, s.when);
    checkGuarded(`section ${i + 1}`, s.text, s.when);
  });
  const titles = typeof t.target.title === 'string' ? [{ text: t.target.title }] : (t.target.title ?? []);
  titles.forEach((a: { text: string; when?: Condition }) => {
    checkText('title', a.text);
    checkCondition('title when', a.when);
    checkGuarded('title', a.text, a.when);
  });
  const headings = new Set(t.sections.map((s) => s.heading?.toLowerCase()));
  t.requiredHeadings.filter((h) => !headings.has(h.toLowerCase())).forEach((h) => out.push(`required heading "${h}" is no section's heading`));
  t.checks.forEach((c) => checkCondition(`check ${c.id}`, c.when));
  t.reminders.forEach((r) => checkCondition('reminder when', r.when));
  Object.keys(t.example).forEach((k) => known('example', k));
  return out;
}
