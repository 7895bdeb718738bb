/**
 * A template's examples, run with the product's own render and checks: its `example` must give
 * a complete note that, fitted to its screen, raises no check; each of its `examples` must raise
 * exactly the checks it names (rule names of lib/narration/lint, e.g. "tcm-service-not-named").
 */
import type { Settings } from '../config/settings-schema';
import type { CaseFacts } from '../facts/case-facts';
import type { ScreenProfile } from '../screen/profile-schema';
import type { RenderContext } from './render';
import { renderTemplate } from './render';
import { lintNarration, targetFor } from './lint';
import { fitText } from './wrap';
import type { NarrationTemplate } from './template-schema';
import type { ExampleFailure } from '../rules/rule-examples';

function checksRaised(template: NarrationTemplate, answers: NarrationTemplate['example'], edited: { text?: string; title?: string }, settings: Settings, profiles: readonly ScreenProfile[], ctx: RenderContext) {
  const facts: CaseFacts = { jurisdiction: template.jurisdiction, caseNumber: 'EXAMPLE' };
  const rendered = renderTemplate(template, { facts, answers }, ctx);
  const target = targetFor(template, profiles);
  const note = edited.text ?? rendered.text;
  const fitted = target ? fitText(note, target.narrationTarget).text : note;
  const issues = lintNarration(template, rendered, { facts, text: fitted, ...(edited.title !== undefined ? { title: edited.title } : {}) }, { settings, target });
  return { rendered, checks: [...new Set(issues.map((i) => i.rule))].sort() };
}

export function runTemplateExamples(template: NarrationTemplate, settings: Settings, profiles: readonly ScreenProfile[], ctx: RenderContext): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const base = checksRaised(template, template.example, {}, settings, profiles, ctx);
  if (base.rendered.missing.length) failures.push({ example: 'example', problem: `leaves ${base.rendered.missing.join(', ')} unfilled` });
  if (base.checks.length) failures.push({ example: 'example', problem: `raises ${base.checks.join(', ')}` });
  for (const e of template.examples ?? []) {
    const { checks } = checksRaised(template, e.answers, { text: e.text, title: e.title }, settings, profiles, ctx);
    const want = [...new Set(e.expect.checks)].sort();
    if (checks.join() !== want.join()) failures.push({ example: e.name, problem: `expected checks [${want.join(', ')}], got [${checks.join(', ')}]` });
  }
  return failures;
}
