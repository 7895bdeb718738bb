/**
 * Writes public/managed-schema.json, the enterprise-policy schema, from the settings schema.
 * Chrome normalises a managed value against this schema and silently DROPS every key an
 * object schema does not declare (policy SchemaMap::FilterBundle, SCHEMA_ALLOW_UNKNOWN), so a
 * `settings` object declared without its properties reaches CaseLens empty. Every settings key
 * is therefore declared, generated from lib/config/settings-schema.ts so the two never drift.
 * Chrome's schema dialect is a small subset of JSON Schema: only the attributes it knows are
 * kept (a JavaScript `pattern` may not be valid RE2, and Chrome rejects the whole schema when
 * one is not, so patterns stay in zod, which checks every value anyway).
 * `npx tsx scripts/generate-managed-schema.ts` regenerates it; a unit test fails when the
 * committed file differs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SettingsSchema } from '../lib/config/settings-schema';

export const MANAGED_SCHEMA_PATH = 'public/managed-schema.json';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  anyOf?: unknown;
  oneOf?: unknown;
  allOf?: unknown;
};

export type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: Array<string | number>;
  minimum?: number;
  maximum?: number;
};

/** Converts zod's JSON Schema to Chrome's dialect; anything Chrome cannot express throws. */
export function toChromeSchema(node: JsonSchema, at = 'settings'): ChromeSchema {
  if (node.anyOf || node.oneOf || node.allOf) throw new Error(`${at}: Chrome policy schemas have no unions`);
  const type = node.type as ChromeSchema['type'] | undefined;
  if (!type || !['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(type)) throw new Error(`${at}: unsupported type ${String(node.type)}`);
  const out: ChromeSchema = { type };
  if (node.description) out.description = node.description;
  if (type === 'object') out.properties = Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, toChromeSchema(v, `${at}.${k}`)]));
  if (type === 'array') out.items = toChromeSchema(node.items ?? {}, `${at}[]`);
  const choices = node.enum ?? (node.const !== undefined ? [node.const] : undefined);
  if (choices && (type === 'string' || type === 'integer')) out.enum = choices as Array<string | number>;
  if (type === 'integer') {
    if (node.minimum !== undefined) out.minimum = node.minimum;
    if (node.maximum !== undefined) out.maximum = node.maximum;
  }
  return out;
}

export function managedSchema(): ChromeSchema {
  const settings = toChromeSchema(z.toJSONSchema(SettingsSchema, { io: 'input' }) as JsonSchema);
  return {
    type: 'object',
    properties: {
      settings: {
        ...settings,
        title: 'CaseLens settings set by the agency',
        description: "CaseLens settings (see docs/configuration.md). Values set here override the worker's own and are shown read-only.",
      },
      profiles: {
        title: 'Screen profiles',
        description: 'Agency screen profiles (see docs/screen-profiles.md), added to or replacing the built-in ones by id.',
        type: 'array',
        items: { type: 'object' },
      },
    },
  };
}

export const renderManagedSchema = (): string => `${JSON.stringify(managedSchema(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(path.join(root, MANAGED_SCHEMA_PATH), renderManagedSchema());
  console.log(`Wrote ${MANAGED_SCHEMA_PATH}.`);
}
