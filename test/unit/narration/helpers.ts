/** Shared set-up for the narration tests: a fixed "today", the built-in calendars and templates. */
import { builtInKnowledge } from '../../../lib/knowledge';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import type { CaseFacts, Jurisdiction } from '../../../lib/facts/case-facts';
import { contextFor } from '../../../lib/rules/context-for';
import { builtInTemplates } from '../../../lib/templates';
import { renderTemplate, type Answers } from '../../../lib/narration/render';
import { lintNarration, targetFor, type LintContext } from '../../../lib/narration/lint';
import type { NarrationTemplate } from '../../../lib/narration/template-schema';

/** 2026-03-10, midday UTC: the same calendar day in Oregon, Alaska and Maine. */
export const NOW = new Date('2026-03-10T20:00:00Z');

export function ctxFor(jurisdiction: Jurisdiction) {
  return contextFor(jurisdiction, DEFAULT_SETTINGS, builtInKnowledge().calendars, NOW);
}

export function template(id: string): NarrationTemplate {
  const t = builtInTemplates().find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

export function factsFor(j: Jurisdiction, more: Partial<CaseFacts> = {}): CaseFacts {
  return { jurisdiction: j, caseNumber: 'TEST1', ...more };
}

export function lintCtx(t: NarrationTemplate): LintContext {
  return { settings: DEFAULT_SETTINGS, target: targetFor(t, builtInKnowledge().profiles) };
}

/** Renders a template and lints the result (optionally with edited text or title). */
export function run(id: string, answers: Answers, opts: { facts?: Partial<CaseFacts>; text?: string; title?: string; ctx?: Partial<LintContext> } = {}) {
  const t = template(id);
  const facts = factsFor(t.jurisdiction, opts.facts);
  const rendered = renderTemplate(t, { facts, answers }, ctxFor(t.jurisdiction));
  const issues = lintNarration(t, rendered, { facts, text: opts.text, title: opts.title }, { ...lintCtx(t), ...opts.ctx });
  return { t, rendered, issues, rules: issues.map((i) => i.rule) };
}
