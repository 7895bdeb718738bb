/**
 * Conventions every built-in rule keeps: one file per rule in lib/rules/data, named by its id
 * and listed in the registry; valid against the schema; cited with a quote or a note (the quotes
 * are checked against the policy texts in test/unit/policy); tested; naming only facts that exist; naming only CLNO and
 * narration kinds the default settings define; and in an up-to-date docs/rules.md.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../../../lib/rules/registry';
import { RuleSchema, type Condition, type FactRef, type Rule } from '../../../lib/rules/rule-schema';
import { DERIVED_FACTS } from '../../../lib/rules/facts';
import { FACT_PATHS } from '../../../lib/facts/fact-paths';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { CATALOGUE_PATH, renderCatalogue } from '../../../scripts/generate-rule-catalogue';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../..');
const DATA = path.join(ROOT, 'lib/rules/data');

const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
const raw = new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { id?: string }]));
const rules: Rule[] = BUILT_IN_RULES.map((r) => RuleSchema.parse(r));
const ids = rules.map((r) => r.id);

function conditions(c: Condition | undefined): Array<Extract<Condition, { fact: string }>> {
  if (!c) return [];
  if ('all' in c) return c.all.flatMap(conditions);
  if ('any' in c) return c.any.flatMap(conditions);
  if ('not' in c) return conditions(c.not);
  return [c];
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** Params of the computed facts that name other facts. */
const FACT_PARAMS = ['path', 'fact', 'seenWith', 'alsoFacts', 'onOrAfter', 'list'];
/** Params that name CLNO or narration kinds. */
const KIND_PARAMS = ['kind', 'allKinds', 'orKinds', 'kinds', 'fsspReviewKind', 'approvalKind', 'requires'];

function factRefs(rule: Rule): FactRef[] {
  const own = rule.kind === 'condition' ? conditions(rule.when) : rule.kind === 'attestation' ? conditions(rule.doneWhen) : [];
  const refs: FactRef[] = [...conditions(rule.appliesTo.when), ...own].map((c) => ({ fact: c.fact, params: c.params }));
  if (rule.kind === 'attestation') refs.push(...rule.evidence);
  for (const c of [...conditions(rule.appliesTo.when), ...own]) {
    const v = c.value as { $fact?: unknown } | undefined;
    if (v && typeof v === 'object' && typeof v.$fact === 'string') refs.push({ fact: v.$fact });
  }
  if (rule.kind === 'deadline') {
    const a = rule.anchor;
    if ('fact' in a) refs.push({ fact: a.fact, params: a.params });
    else if ('latestOf' in a) refs.push(...a.latestOf);
    else if ('eachOf' in a) refs.push(a.eachOf);
    else refs.push(...[a.activeFrom, a.activeUntil].filter((r): r is FactRef => !!r));
    if (rule.done) refs.push(rule.done);
  }
  return refs;
}

/** Every fact name a rule uses, including the facts named inside computed facts' params. */
function factNames(rule: Rule): string[] {
  const names = factRefs(rule).flatMap((r) => [r.fact, ...FACT_PARAMS.flatMap((p) => strings(r.params?.[p]))]);
  if (rule.mark) names.push(rule.mark);
  if (rule.fix.setField) names.push(rule.fix.setField.fact);
  return [...new Set(names)];
}

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
    const unknownFacts = rules.flatMap((r) => factNames(r).filter((f) => !(f in DERIVED_FACTS) && !FACT_PATHS.has(f) && f !== 'today').map((f) => `${r.id}: ${f}`));
    expect(unknownFacts).toEqual([]);
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
