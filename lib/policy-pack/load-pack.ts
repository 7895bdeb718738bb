/**
 * Reading a policy pack: the file is checked whole (its format, every unit against its schema,
 * every fact a rule names against the facts and computed facts the engine registers, every unit
 * cited) and then its examples are run with the product's own engine, the pack applied. Any
 * problem and the pack is refused whole, naming the unit or the failing example: nothing changes.
 */
import type { z } from 'zod';
import { CalendarSchema } from '../dates/calendar-schema';
import { NarrationTemplateSchema } from '../narration/template-schema';
import { runTemplateExamples } from '../narration/template-examples';
import { SurveySchema } from '../rmss/survey-schema';
import { RuleSchema, type Rule } from '../rules/rule-schema';
import { runRuleExamples } from '../rules/rule-examples';
import { unknownFacts } from '../rules/fact-references';
import { effectiveSettings } from '../config/effective-settings';
import type { ScreenProfile } from '../screen/profile-schema';
import { contextFor } from '../rules/context-for';
import { describeZodError } from '../validation/describe-error';
import { PolicyPackSchema } from './pack-schema';
import { packSettingDefaults, withPacks, type PolicyKnowledge, type PolicyPack } from './policy-knowledge';

/** A pack is a few hundred kilobytes at most; anything far larger is refused before it is parsed. */
export const MAX_PACK_BYTES = 5_000_000;

/** `error` in a worker's words; `details` for whoever made the file. */
export type PackResult = { ok: true; pack: PolicyPack } | { ok: false; error: string; details: string };

const refused = (name: string, details: string): PackResult => ({
  ok: false,
  error: `${name} was not imported: it is not a policy pack CaseLens can use. Nothing changed. The details say what is wrong, for whoever made the file.`,
  details,
});

function units<S extends z.ZodType>(schema: S, values: unknown[], kind: string): { ok: z.infer<S>[] } | { problem: string } {
  const ok: z.infer<S>[] = [];
  for (const [i, value] of values.entries()) {
    const parsed = schema.safeParse(value);
    const id = (value as { id?: unknown } | null)?.id;
    if (!parsed.success) return { problem: `${kind} ${typeof id === 'string' ? `"${id}"` : `#${i + 1}`}: ${describeZodError(parsed.error)}` };
    ok.push(parsed.data);
  }
  return { ok };
}

export interface PackBase {
  knowledge: Omit<PolicyKnowledge, 'fromPack'>;
  profiles: readonly ScreenProfile[];
}

export function loadPolicyPack(input: string | unknown, name: string, base: PackBase): PackResult {
  const checked = checkPolicyPack(input, name);
  if (!checked.ok) return checked;
  const failure = packExampleResults(checked.pack, base).find((r) => r.problem);
  return failure ? refused(name, `example “${failure.example}” of ${failure.kind} "${failure.unit}" failed: ${failure.problem}.`) : checked;
}

/** The file's format, every unit, the facts its rules name and that every rule and template has examples; not yet the examples. */
export function checkPolicyPack(input: string | unknown, name: string): PackResult {
  let json: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PACK_BYTES) return refused(name, 'Larger than 5 MB, more than a policy pack can be.');
    try {
      json = JSON.parse(input);
    } catch (e) {
      return refused(name, `Not valid JSON: ${(e as Error).message}`);
    }
  }
  const file = PolicyPackSchema.safeParse(json);
  if (!file.success) return refused(name, describeZodError(file.error));
  const rules = units(RuleSchema, file.data.rules, 'rule');
  if ('problem' in rules) return refused(name, rules.problem);
  const templates = units(NarrationTemplateSchema, file.data.templates, 'template');
  if ('problem' in templates) return refused(name, templates.problem);
  const calendars = units(CalendarSchema, file.data.calendars, 'calendar');
  if ('problem' in calendars) return refused(name, calendars.problem);
  const surveys = units(SurveySchema, file.data.surveys, 'survey');
  if ('problem' in surveys) return refused(name, surveys.problem);

  for (const rule of rules.ok as Rule[]) {
    const unknown = unknownFacts(rule);
    if (unknown.length) return refused(name, `rule "${rule.id}" uses facts CaseLens does not have: ${unknown.join(', ')}. A pack may use case facts and the computed facts CaseLens provides, nothing else.`);
    if (!rule.examples?.length) return refused(name, `rule "${rule.id}" has no examples: each rule in a pack carries at least one.`);
  }
  for (const t of templates.ok) {
    if (!t.examples?.length) return refused(name, `template "${t.id}" has no examples: each template in a pack carries at least one.`);
  }

  const pack: PolicyPack = {
    id: file.data.id,
    title: file.data.title,
    ...(file.data.agency ? { agency: file.data.agency } : {}),
    published: file.data.published,
    rules: rules.ok as Rule[],
    templates: templates.ok,
    calendars: calendars.ok,
    closures: file.data.closures ?? {},
    ...(file.data.tcmServices ? { tcmServices: file.data.tcmServices } : {}),
    surveys: surveys.ok,
  };
  return { ok: true, pack };
}

export interface ExampleResult {
  kind: 'rule' | 'template';
  unit: string;
  example: string;
  /** Undefined when the example passed. */
  problem?: string;
}

/** Every example of the pack, run with the pack applied (its calendars, closures and TCM services). */
export function packExampleResults(pack: PolicyPack, base: PackBase): ExampleResult[] {
  const knowledge = withPacks(base.knowledge, [pack]);
  const { settings } = effectiveSettings(undefined, undefined, packSettingDefaults([pack]));
  const out: ExampleResult[] = [];
  for (const rule of pack.rules) {
    const failed = new Map(runRuleExamples(rule, settings, knowledge.calendars).map((f) => [f.example, f.problem]));
    for (const e of rule.examples ?? []) out.push({ kind: 'rule', unit: rule.id, example: e.name, problem: failed.get(e.name) });
  }
  for (const template of pack.templates) {
    const ctx = contextFor(template.jurisdiction, settings, knowledge.calendars);
    const failed = new Map(runTemplateExamples(template, settings, base.profiles, ctx).map((f) => [f.example, f.problem]));
    for (const name of ['example', ...(template.examples ?? []).map((e) => e.name)]) out.push({ kind: 'template', unit: template.id, example: name, problem: failed.get(name) });
  }
  return out;
}
