/**
 * Conventions every built-in rule keeps: one file per rule in lib/rules/data, named by its id
 * and listed in the registry; valid against the schema; cited with a quote or a note (the quotes
 * are checked against the policy texts in test/unit/policy); tested; naming only facts that exist; naming only CLNO and
 * narration kinds the default settings define; with examples that pass (lib/rules/rule-examples.ts);
 * and in an up-to-date docs/rules.md.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../../../lib/rules/registry';
import { RuleSchema, type Rule } from '../../../lib/rules/rule-schema';
import { factRefs, unknownFacts } from '../../../lib/rules/fact-references';
import { FACT_PATHS } from '../../../lib/facts/fact-paths';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { builtInKnowledge } from '../../../lib/knowledge';
import { runRuleExamples } from '../../../lib/rules/rule-examples';
import { CATALOGUE_PATH, renderCatalogue } from '../../../scripts/generate-rule-catalogue';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const DATA = path.join(ROOT, 'lib/rules/data');

const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
const raw = new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { id?: string }]));
const rules: Rule[] = BUILT_IN_RULES.map((r) => RuleSchema.parse(r));
const ids = rules.map((r) => r.id);

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Params that name CLNO or narration kinds. */
const KIND_PARAMS = ['kind', 'allKinds', 'orKinds', 'kinds', 'anyKinds', 'fsspReviewKind', 'approvalKind', 'requires'];

describe('rule files and registry', () => {
  it('every file in lib/rules/data is registered, and every registered rule has a file', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files)('%s: file name is the id and it validates against RuleSchema', (file) => {
    const parsed = RuleSchema.safeParse(raw.get(file));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(raw.get(file)!.id).toBe(file.replace(/\.json$/, ''));
  });

  it('ids start with the jurisdiction they apply to (or-, ak-, me-)', () => {
    const prefix = { OR: 'or-', AK: 'ak-', ME: 'me-' } as const;
    expect(rules.filter((r) => r.appliesTo.jurisdictions.length !== 1 || !r.id.startsWith(prefix[r.appliesTo.jurisdictions[0]!])).map((r) => r.id)).toEqual([]);
  });
});

describe('citations', () => {
  it.each(ids)('%s cites a bundled policy text, with a quote or a note', (id) => {
    const c = rules.find((r) => r.id === id)!.citation;
    expect(c.policy).not.toBe('external');
    expect(c.quote ?? c.note).toBeTruthy();
  });
});

describe('tests and facts', () => {
  const testSources = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== path.basename(fileURLToPath(import.meta.url)))
    .map((f) => readFileSync(path.join(here, f), 'utf8'))
    .join('\n');

  it('every rule id appears in a test under test/unit/rules', () => {
    expect(ids.filter((id) => !testSources.includes(`'${id}'`))).toEqual([]);
  });

  it('every fact a rule names is a computed fact or a case-fact path', () => {
    expect(rules.flatMap((r) => unknownFacts(r).map((f) => `${r.id}: ${f}`))).toEqual([]);
  });

  it('every CLNO or narration kind a rule names is one of the default kinds', () => {
    const clno = new Set(DEFAULT_SETTINGS.clnoKinds.map((k) => k.id));
    const narration = new Set(DEFAULT_SETTINGS.narrationKinds.map((k) => k.id));
    const bad = rules.flatMap((r) =>
      factRefs(r).flatMap((ref) => {
        const known = ref.fact.startsWith('narrations.') ? narration : clno;
        return KIND_PARAMS.flatMap((p) => strings(ref.params?.[p])).filter((k) => !known.has(k)).map((k) => `${r.id}: ${k}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('explanations only use placeholders the engine fills', () => {
    const deadlineValues = ['asOf', 'anchor', 'due', 'done', 'period', 'periodName'];
    const bad = rules.flatMap((r) => {
      const named = new Set([...factRefs(r).map((x) => x.fact), 'asOf', ...(r.kind === 'deadline' ? deadlineValues : [])]);
      return [...r.explain.matchAll(/\{\{\s*([\w.[\]-]+)\s*\}\}/g)].map((m) => m[1]!).filter((n) => !named.has(n) && !FACT_PATHS.has(n)).map((n) => `${r.id}: ${n}`);
    });
    expect(bad).toEqual([]);
  });
});

describe('every built-in rule has examples, and they pass', () => {
  const { calendars } = builtInKnowledge();

  it.each(ids)('%s: its examples pass', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.examples?.length ?? 0, 'examples').toBeGreaterThan(0);
    // Each failure names the example and what the rule said instead.
    expect(runRuleExamples(rule, DEFAULT_SETTINGS, calendars)).toEqual([]);
  });

  it.each(ids)('%s: its examples show both sides of the duty', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    const expects = (rule.examples ?? []).map((e) => e.expect);
    if (rule.kind === 'attestation') expect(expects.map((e) => e.status)).toContain('to-confirm');
    if (rule.kind === 'condition') {
      expect(expects.map((e) => e.finding), 'an example with a finding').toContain(true);
      expect(expects.map((e) => e.finding), 'an example without one').toContain(false);
    }
    if (rule.kind === 'deadline') {
      expect(expects.length).toBeGreaterThanOrEqual(2);
      expect(expects.some((e) => e.due !== undefined), 'an example with its due date').toBe(true);
      expect(expects.some((e) => e.status === 'overdue' || e.status === 'unknown' || e.finding === true), 'an example overdue, unknown or missed').toBe(true);
    }
  });
});

describe('catalogue', () => {
  const committed = existsSync(path.join(ROOT, CATALOGUE_PATH)) ? readFileSync(path.join(ROOT, CATALOGUE_PATH), 'utf8') : '';

  it('every rule appears in docs/rules.md', () => {
    expect(ids.filter((id) => !committed.includes(`\`${id}\``))).toEqual([]);
  });

  it('every rule lists the release it implements and its effective period', () => {
    for (const rule of rules) {
      const section = committed.slice(committed.indexOf(`\`${rule.id}\` —`));
      const entry = section.slice(0, section.indexOf('\n####', 1) > 0 ? section.indexOf('\n####', 1) : undefined);
      expect(entry, rule.id).toMatch(/- \*\*Release and effective period:\*\* .+(in effect from|to|until|no effective date given)/);
    }
  });

  it('docs/rules.md is up to date with the rule data (npm run docs:rules)', () => {
    expect(committed).toBe(renderCatalogue(rules));
  });
});
