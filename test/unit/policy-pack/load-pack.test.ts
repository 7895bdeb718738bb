/**
 * Policy packs: checked whole, their examples run with the product's engine and the pack
 * applied, refused whole naming the unit or the example; applied over the built-ins by id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyPack, packExampleResults } from '../../../lib/policy-pack/load-pack';
import { builtInPolicy, policyInForce } from '../../../lib/policy-pack/in-force';
import { packSettingDefaults, withPacks } from '../../../lib/policy-pack/policy-knowledge';
import { builtInKnowledge } from '../../../lib/knowledge';
import { effectiveSettings } from '../../../lib/config/effective-settings';
import { addBusinessDays } from '../../../lib/dates/business-days';

const base = { knowledge: builtInPolicy(), profiles: builtInKnowledge().profiles };
const memo = () => JSON.parse(readFileSync('docs/examples/policy-pack-oregon-memo.json', 'utf8'));
const closures = () => JSON.parse(readFileSync('docs/examples/policy-pack-alaska-closures.json', 'utf8'));

describe('loadPolicyPack', () => {
  it('loads the example packs, every example passing', () => {
    const r = loadPolicyPack(JSON.stringify(memo()), 'memo.json', base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(packExampleResults(r.pack, base).filter((e) => e.problem)).toEqual([]);
    expect(r.pack.rules.map((x) => x.id)).toEqual(['or-memo-plan-review-within-90-days']);
    expect(loadPolicyPack(closures(), 'closures.json', base).ok).toBe(true);
  });

  it('refuses a pack whose example fails, naming the example and the unit', () => {
    const pack = memo();
    pack.rules[0].examples[1].expect = { status: 'done' };
    const r = loadPolicyPack(pack, 'memo.json', base);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^memo\.json was not imported/) });
    expect(!r.ok && r.details).toBe('example “a review 119 days after the plan is too late” of rule "or-memo-plan-review-within-90-days" failed: expected status "done", the rule says "action-needed".');
  });

  it('refuses a rule that uses a fact the engine does not register: packs are data, never code', () => {
    const pack = memo();
    pack.rules[0].when.fact = 'eval.javascript';
    expect(loadPolicyPack(pack, 'memo.json', base)).toMatchObject({ ok: false, details: expect.stringContaining('uses facts CaseLens does not have: eval.javascript') });
  });

  it('refuses a rule or template with no examples, a broken unit, broken JSON and an oversized file', () => {
    const noExamples = memo();
    delete noExamples.rules[0].examples;
    expect(loadPolicyPack(noExamples, 'p.json', base)).toMatchObject({ ok: false, details: expect.stringContaining('has no examples') });
    const broken = memo();
    broken.rules[0].severity = 'catastrophic';
    expect(loadPolicyPack(broken, 'p.json', base)).toMatchObject({ ok: false, details: expect.stringContaining('rule "or-memo-plan-review-within-90-days"') });
    expect(loadPolicyPack('{"kind":', 'p.json', base)).toMatchObject({ ok: false, details: expect.stringMatching(/^Not valid JSON/) });
    expect(loadPolicyPack(' '.repeat(5_000_001), 'p.json', base)).toMatchObject({ ok: false, details: expect.stringContaining('Larger than 5 MB') });
    expect(loadPolicyPack({ ...memo(), kind: 'caselens-settings' }, 'p.json', base).ok).toBe(false);
  });
});

describe('packs in force', () => {
  it('add new units, replace built-in ones by id, and keep the built-ins underneath', () => {
    const r = loadPolicyPack(memo(), 'memo.json', base);
    if (!r.ok) throw new Error(r.details);
    const replacing = { ...r.pack, rules: [{ ...base.knowledge.rules.find((x) => x.id === 'or-tcm-flag')!, title: 'Case management flag Y (memo wording)' }] };
    const k = withPacks(base.knowledge, [r.pack, replacing]);
    expect(k.rules.length).toBe(base.knowledge.rules.length + 1);
    expect(k.rules.find((x) => x.id === 'or-tcm-flag')!.title).toBe('Case management flag Y (memo wording)');
    expect(k.fromPack['rule:or-memo-plan-review-within-90-days']).toBe('or-ssp-memo-2026-11');
    expect(k.templates.some((t) => t.id === 'or-memo-home-visit')).toBe(true);
  });

  it('set the TCM services beneath the settings, and add closure days to the settings\' own', () => {
    const r = loadPolicyPack(closures(), 'c.json', base);
    if (!r.ok) throw new Error(r.details);
    const packs = packSettingDefaults([r.pack]);
    const e = effectiveSettings({ closures: { OR: [], AK: ['2026-11-27'], ME: [] } }, undefined, packs);
    expect(e.settings.closures.AK).toEqual(['2026-11-27', '2026-12-24', '2026-12-31']);
    const m = loadPolicyPack(memo(), 'm.json', base);
    if (!m.ok) throw new Error(m.details);
    expect(effectiveSettings(undefined, undefined, packSettingDefaults([m.pack])).settings.tcmServices.map((s) => s.id)).toContain('home-visit');
  });

  it('a closure day in a pack moves a due date counted in business days', () => {
    const r = loadPolicyPack(closures(), 'c.json', base);
    if (!r.ok) throw new Error(r.details);
    const { settings } = effectiveSettings(undefined, undefined, packSettingDefaults([r.pack]));
    const alaska = base.knowledge.calendars.find((c) => c.id === 'alaska')!;
    expect(addBusinessDays({ calendar: alaska, closures: [] }, '2026-12-23', 1)).toBe('2026-12-24');
    expect(addBusinessDays({ calendar: alaska, closures: settings.closures.AK }, '2026-12-23', 1)).toBe('2026-12-28');
  });

  it('leaves out a stored pack that no longer loads, says so, and applies the others', () => {
    const broken = { ...memo(), id: 'broken', rules: [{ ...memo().rules[0], when: { fact: 'nope', operator: 'exists' } }] };
    const inForce = policyInForce([broken, closures()], undefined);
    expect(inForce.packs.map((p) => p.id)).toEqual(['ak-office-closures-2026']);
    expect(inForce.problems[0]!.text).toBe('Policy pack 1 (imported) is not applied: it no longer loads.');
    expect(policyInForce(undefined, [JSON.stringify(memo())]).sources).toEqual({ 'or-ssp-memo-2026-11': 'enterprise policy' });
  });
});
