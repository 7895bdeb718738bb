/**
 * A rule's examples: facts as screens would show them, an as-of date, and what the rule must
 * say (the duty's status and due date, whether there is a finding). Every built-in rule and
 * every rule in an agency's policy pack carries at least one; they run with the product's own
 * engine (in `npm test`, on pack import, and in `npx caselens-policy test`).
 */
import { CaseFactsSchema } from '../facts/case-facts';
import { sourcesFor } from '../facts/example-sources';
import type { Settings } from '../config/settings-schema';
import type { Calendar } from '../dates/calendar-schema';
import { contextFor } from './context-for';
import { evaluateCase } from './evaluate';
import type { Rule } from './rule-schema';
import type { RuleExample } from './rule-example-schema';

export interface ExampleFailure {
  example: string;
  problem: string;
}

/** Runs one example; undefined when the rule says what the example expects. */
export function runRuleExample(rule: Rule, example: RuleExample, settings: Settings, calendars: readonly Calendar[]): ExampleFailure | undefined {
  const fail = (problem: string) => ({ example: example.name, problem });
  const parsed = CaseFactsSchema.safeParse({ caseNumber: 'EXAMPLE', ...example.facts });
  if (!parsed.success) return fail(`its facts are not valid case facts (${parsed.error.issues[0]?.path.join('.') || 'facts'}: ${parsed.error.issues[0]?.message})`);
  const facts = parsed.data;
  // 20:00 UTC is the same calendar day in every CaseLens time zone.
  const ctx = { ...contextFor(facts.jurisdiction, settings, calendars, new Date(`${example.asOf}T20:00:00Z`)), sources: sourcesFor(example.facts, example.shownBlank) };
  const ev = evaluateCase(facts, [rule], ctx);
  const item = ev.checklist.find((i) => i.ruleId === rule.id);
  const { status, due, finding } = example.expect;
  const got = item?.status ?? 'none';
  if (status !== undefined && got !== status) return fail(`expected status "${status}", the rule says "${got}"`);
  if (due !== undefined && item?.due !== due) return fail(`expected due ${due}, the rule says ${item?.due ?? 'no due date'}`);
  const found = ev.findings.some((f) => f.ruleId === rule.id);
  if (finding !== undefined && found !== finding) return fail(finding ? 'expected a finding, there is none' : 'expected no finding, there is one');
  return undefined;
}

export function runRuleExamples(rule: Rule, settings: Settings, calendars: readonly Calendar[]): ExampleFailure[] {
  return (rule.examples ?? []).flatMap((e) => runRuleExample(rule, e, settings, calendars) ?? []);
}
