/**
 * The enterprise-policy schema (public/managed-schema.json) is generated from the zod schemas,
 * declares every setting and every profile property in Chrome's dialect, and lets every real
 * value through Chrome's filter unchanged (Chrome drops what the schema does not declare).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../lib/config/settings-schema';
import { ScreenProfileSchema } from '../../../lib/screen/profile-schema';
import { BUILT_IN_PROFILES } from '../../../lib/profiles';
import { policyInForce } from '../../../lib/policy-pack/in-force';
import { MANAGED_SCHEMA_PATH, renderManagedSchema } from '../../../scripts/generate-managed-schema';
import { chromeProblems, toChromeSchema, VALUE_CONSTRAINTS, type ChromeSchema } from '../../../scripts/managed-schema/chrome-schema';
import { chromeFilter, InvalidForChrome } from '../helpers/chrome-policy-filter';

const committed = JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')) as ChromeSchema;
const settings = committed.properties!.settings!;
const profileItem = committed.properties!.profiles!.items!;

function* nodes(node: ChromeSchema): Generator<ChromeSchema> {
  yield node;
  for (const child of [...Object.values(node.properties ?? {}), ...(node.additionalProperties ? [node.additionalProperties] : []), ...(node.items ? [node.items] : [])]) yield* nodes(child);
}

describe('enterprise-policy schema (public/managed-schema.json)', () => {
  it('is the generated one (npm run docs:policy-schema after changing settings or profiles)', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(renderManagedSchema());
  });

  it('declares every settings key and every profile property', () => {
    expect(Object.keys(settings.properties!).sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
    expect(Object.keys(profileItem.properties!).sort()).toEqual(Object.keys(ScreenProfileSchema.shape).sort());
    expect(settings.properties!.systemHosts).toEqual({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } });
    expect(settings.properties!.reminders).toEqual({ type: 'object', properties: { enabled: { type: 'boolean' }, dailyAt: { type: 'string' } } });
  });

  it("uses only Chrome's dialect, and no value constraint that would make Chrome drop all settings for one bad value", () => {
    expect(chromeProblems(committed)).toEqual([]);
    const constrained = [...nodes(committed)].filter((n) => VALUE_CONSTRAINTS.some((c) => c in n));
    expect(constrained).toEqual([]);
  });

  it('lets the default settings and every built-in profile through Chrome unchanged', () => {
    const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    expect(chromeFilter(settings, asJson(DEFAULT_SETTINGS))).toEqual(asJson(DEFAULT_SETTINGS));
    for (const profile of BUILT_IN_PROFILES) expect(chromeFilter(profileItem, asJson(profile)), profile.id).toEqual(asJson(profile));
  });

  it('carries a policy pack pushed as JSON text through Chrome unchanged, and CaseLens applies it', () => {
    const packText = readFileSync('docs/examples/policy-pack-alaska-closures.json', 'utf8');
    const pushed = chromeFilter(committed, { policyPacks: [packText] }) as { policyPacks: unknown };
    expect(pushed).toEqual({ policyPacks: [packText] });
    const inForce = policyInForce(undefined, pushed.policyPacks);
    expect(inForce.problems).toEqual([]);
    expect(Object.values(inForce.sources)).toEqual(['enterprise policy']);
  });

  it('every setting an agency can push is documented in docs/configuration.md', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    expect(Object.keys(SettingsSchema.shape).filter((k) => k !== 'schemaVersion' && !doc.includes(`\`${k}\``))).toEqual([]);
  });

  it('a wrong type is refused by Chrome (all settings), an unknown key only dropped', () => {
    expect(() => chromeFilter(settings, { retentionDays: 'sixty' })).toThrow(InvalidForChrome);
    expect(chromeFilter(settings, { retentionDay: 5, retentionDays: 60 })).toEqual({ retentionDays: 60 });
  });
});

describe('zod to Chrome schema', () => {
  it('declares a record by its values, merges a union of objects, and refuses what Chrome cannot say', () => {
    expect(toChromeSchema({ type: 'object', additionalProperties: { type: 'string' } }, 'map')).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(
      toChromeSchema({ anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'array', items: { type: 'integer' } } } }] }, 'u'),
    ).toEqual({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'array', items: { type: 'integer' } } } });
    expect(() => toChromeSchema({ type: 'object' }, 'bare')).toThrow(/reach CaseLens empty/);
    expect(() => toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 'x')).toThrow(/narrowed/);
    expect(toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 'x', { x: { schema: { type: 'string' }, why: 'test' } })).toEqual({ type: 'string' });
    expect(() => toChromeSchema({ $ref: '#/x' }, 'r')).toThrow(/\$ref/);
  });
});
