/**
 * The enterprise-policy schema declares every settings key in Chrome's schema dialect (Chrome
 * drops undeclared keys from a managed object), matches the settings schema it is generated
 * from, and every key is documented for administrators in docs/configuration.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../lib/config/settings-schema';
import { MANAGED_SCHEMA_PATH, renderManagedSchema, toChromeSchema, type ChromeSchema } from '../../../scripts/generate-managed-schema';

const committed = JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')) as ChromeSchema;
const settingsKeys = Object.keys(SettingsSchema.shape);

/** The attributes Chrome accepts per type (components/policy/core/common/schema.cc). */
const ALLOWED: Record<ChromeSchema['type'], string[]> = {
  object: ['type', 'title', 'description', 'properties'],
  array: ['type', 'title', 'description', 'items'],
  string: ['type', 'title', 'description', 'enum'],
  integer: ['type', 'title', 'description', 'enum', 'minimum', 'maximum'],
  number: ['type', 'title', 'description'],
  boolean: ['type', 'title', 'description'],
};

function problems(node: ChromeSchema, at: string): string[] {
  const bad = Object.keys(node).filter((k) => !ALLOWED[node.type]?.includes(k)).map((k) => `${at}: "${k}" is not a Chrome ${node.type} attribute`);
  const inner = [...Object.entries(node.properties ?? {}).flatMap(([k, v]) => problems(v, `${at}.${k}`)), ...(node.items ? problems(node.items, `${at}[]`) : [])];
  return [...bad, ...inner];
}

describe('enterprise policy schema (public/managed-schema.json)', () => {
  it('is up to date with the settings schema (npx tsx scripts/generate-managed-schema.ts)', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(renderManagedSchema());
  });

  it('declares every settings key, so Chrome passes each one on', () => {
    expect(Object.keys(committed.properties!.settings!.properties!).sort()).toEqual([...settingsKeys].sort());
    expect(committed.properties!.settings!.properties!.showHouseholdNames).toEqual({ type: 'boolean' });
  });

  it('uses only what Chrome understands (an unknown attribute or a union makes Chrome refuse the schema)', () => {
    expect(problems(committed, 'root')).toEqual([]);
    expect(() => toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toThrow(/unions/);
  });

  it('every settings key is documented in docs/configuration.md', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    expect(settingsKeys.filter((k) => k !== 'schemaVersion' && !doc.includes(`\`${k}\``))).toEqual([]);
  });
});
