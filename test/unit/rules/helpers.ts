/**
 * Shared test helpers for rules: an evaluation context pinned to a fixed as-of date (never the
 * machine clock), the built-in rules and calendars, and lookups into an evaluation.
 */
import { expect } from 'vitest';
import { builtInKnowledge } from '../../../lib/knowledge';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/config/settings-schema';
import type { CaseFacts, Jurisdiction } from '../../../lib/facts/case-facts';
import { contextFor } from '../../../lib/rules/context-for';
import type { EvalContext } from '../../../lib/rules/context';
import { evaluateCase, type ChecklistItem, type Evaluation, type Finding } from '../../../lib/rules/evaluate';
import type { Rule } from '../../../lib/rules/rule-schema';
import type { IsoDate } from '../../../lib/dates/iso-date';
import type { FactSource, FactState } from '../../../lib/facts/provenance';
import { exampleSource, sourcesFor } from '../../../lib/facts/example-sources';

/** A source as a test screen would give it. */
export const sourceIn = (state: FactState): FactSource => ({ ...exampleSource(state), origin: 'http://127.0.0.1:4780', system: 'TEST', screen: 'TEST' });

/**
 * Sources for fixture facts, by the tests' convention (lib/facts/example-sources.ts): every
 * value present was seen on a screen, and a key present with the value `undefined`
 * (`{ planDate: undefined }`) was shown blank. A key absent was never on any screen seen.
 */
export const sourcesOf = (facts: object): Record<string, FactSource> => sourcesFor(facts);

export const { rules: RULES, calendars: CALENDARS } = builtInKnowledge();

export function rule(id: string): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no built-in rule ${id}`);
  return r;
}

/**
 * The context a caseworker in `jurisdiction` would get on `asOf`. `now` is 20:00 UTC, which is
 * midday or afternoon of the same calendar day in Anchorage, Los Angeles and New York.
 */
export function ctxOn(jurisdiction: Jurisdiction, asOf: IsoDate, settings: Settings = DEFAULT_SETTINGS): EvalContext {
  const ctx = contextFor(jurisdiction, settings, CALENDARS, new Date(`${asOf}T20:00:00Z`));
  expect(ctx.asOf).toBe(asOf);
  return ctx;
}

export type Facts = Omit<CaseFacts, 'caseNumber'> & { caseNumber?: string };

/** Evaluates the named built-in rules (all when none named) on the facts as of `asOf`. */
export function evaluateOn(facts: Facts, asOf: IsoDate, ids?: string[], settings?: Settings): Evaluation {
  const rules = ids ? ids.map(rule) : RULES;
  const ctx = { ...ctxOn(facts.jurisdiction, asOf, settings), sources: sourcesOf(facts) };
  return evaluateCase({ caseNumber: 'T1', ...facts } as CaseFacts, rules, ctx);
}

/** The one checklist item of a rule, or undefined when the rule does not apply. */
export function itemOf(ev: Evaluation, id: string): ChecklistItem | undefined {
  const items = ev.checklist.filter((i) => i.ruleId === id);
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

export const findingsOf = (ev: Evaluation, id: string): Finding[] => ev.findings.filter((f) => f.ruleId === id);

/** Runs one rule and returns its checklist item and findings. */
export function check(id: string, facts: Facts, asOf: IsoDate, settings?: Settings) {
  const ev = evaluateOn(facts, asOf, [id], settings);
  return { item: itemOf(ev, id), findings: findingsOf(ev, id), ev };
}

/** Settings with some fields replaced, validated like an agency's own. */
export function settingsWith(over: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...over };
}
