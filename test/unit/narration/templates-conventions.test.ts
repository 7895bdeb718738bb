/**
 * Conventions for the template library: every file registered, id = file name, valid, cited
 * (the quotes are checked against the policy texts in test/unit/policy), tested by id, and each example renders to a
 * complete note that passes lint once fitted to its screen; and every template has examples that
 * raise exactly the checks they name (lib/narration/template-examples.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../../../lib/templates';
import { NarrationTemplateSchema, TARGET_PROFILE_IDS, type NarrationTemplate } from '../../../lib/narration/template-schema';
import type { Citation } from '../../../lib/policy/citation';
import { renderTemplate } from '../../../lib/narration/render';
import { lintNarration } from '../../../lib/narration/lint';
import { fitText } from '../../../lib/narration/wrap';
import { builtInKnowledge } from '../../../lib/knowledge';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { runTemplateExamples } from '../../../lib/narration/template-examples';
import { ctxFor, factsFor, lintCtx } from './helpers';

const TEMPLATE_DIR = path.resolve('lib/templates');
const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));
const templates = builtInTemplates();

/** Every citation inside a template: its own, fields', checks' and reminders'. */
function citationsOf(t: NarrationTemplate): Array<[string, Citation]> {
  return [
    ['template', t.citation],
    ...t.fields.flatMap((f) => (f.citation ? [[`field ${f.key}`, f.citation] as [string, Citation]] : [])),
    ...t.checks.flatMap((c) => (c.citation ? [[`check ${c.id}`, c.citation] as [string, Citation]] : [])),
    ...t.reminders.flatMap((r, i) => (r.citation ? [[`reminder ${i + 1}`, r.citation] as [string, Citation]] : [])),
  ];
}

describe('template library conventions', () => {
  it('every file in lib/templates is registered, and every registered template has a file', () => {
    const registered = BUILT_IN_TEMPLATES.map((t) => `${t.id}.json`).sort();
    expect(registered).toEqual([...files].sort());
  });

  it.each(files)('%s validates and its id is its file name', (file) => {
    const raw = JSON.parse(readFileSync(path.join(TEMPLATE_DIR, file), 'utf8'));
    const parsed = NarrationTemplateSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(`${raw.id}.json`).toBe(file);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: id prefix matches the jurisdiction, target screen exists', (_, t) => {
    expect(t.id.startsWith(`${t.jurisdiction.toLowerCase()}-`)).toBe(true);
    const profileId = TARGET_PROFILE_IDS[t.target.kind];
    if (profileId) expect(builtInKnowledge().profiles.find((p) => p.id === profileId)?.narrationTarget).toBeDefined();
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: every citation names a section', (_, t) => {
    for (const [where, c] of citationsOf(t)) expect(c.section.length, where).toBeGreaterThan(2);
  });

  it('every template id appears in a test other than this one', () => {
    const dir = path.resolve('test/unit/narration');
    const tests = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== path.basename(import.meta.filename))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(templates.map((t) => t.id).filter((id) => !tests.includes(`'${id}'`))).toEqual([]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: the example renders completely and, fitted to its screen, passes lint', (_, t) => {
    const facts = factsFor(t.jurisdiction);
    const rendered = renderTemplate(t, { facts, answers: t.example }, ctxFor(t.jurisdiction));
    expect(rendered.missing).toEqual([]);
    expect(rendered.invalid).toEqual([]);
    const ctx = lintCtx(t);
    // As rendered, only issues that fitting fixes by itself.
    const raw = lintNarration(t, rendered, { facts }, ctx);
    expect(raw.filter((i) => !i.autoFix)).toEqual([]);
    // As it would be inserted: no issues at all.
    const text = ctx.target ? fitText(rendered.text, ctx.target.narrationTarget).text : rendered.text;
    expect(lintNarration(t, rendered, { facts, text }, ctx)).toEqual([]);
    if (ctx.target) expect(fitText(rendered.text, ctx.target.narrationTarget).fits).toBe(true);
  });

  describe('every built-in template has examples, and they pass', () => {
    it.each(templates.map((t) => [t.id, t] as const))('%s: its examples pass', (_, t) => {
      expect(t.examples?.length ?? 0, 'examples').toBeGreaterThan(0);
      // Each failure names the example and the checks it raised instead.
      expect(runTemplateExamples(t, DEFAULT_SETTINGS, builtInKnowledge().profiles, ctxFor(t.jurisdiction))).toEqual([]);
    });
  });

  it('default settings give the TCM template one choice per TCM-eligible service', () => {
    const t = templates.find((x) => x.id === 'or-tcm-service')!;
    for (const s of DEFAULT_SETTINGS.tcmServices) {
      const r = renderTemplate(t, { answers: { service: s.id } }, ctxFor('OR'));
      expect(r.text).toBe(s.narration);
    }
  });
});
