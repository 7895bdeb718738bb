/**
 * `npm run docs:policy-schema`: writes public/managed-schema.json, the enterprise-policy schema
 * Chrome and Edge read (`storage.managed_schema`), from the zod schemas of settings and screen
 * profiles, so the two never drift. A unit test fails when the committed file differs.
 * Chrome drops every policy value its schema does not declare (see
 * scripts/managed-schema/chrome-schema.ts); Firefox ignores the schema and passes the policy's
 * `3rdparty` values through as they are.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SettingsSchema } from '../lib/config/settings-schema';
import { ScreenProfileSchema } from '../lib/screen/profile-schema';
import { toChromeSchema, type ChromeSchema, type JsonSchema, type Narrowed } from './managed-schema/chrome-schema';

export { toChromeSchema, type ChromeSchema };

export const MANAGED_SCHEMA_PATH = 'public/managed-schema.json';

/**
 * Where zod allows two types and Chrome one. A date parse's `twoDigitYear` is 'past', 'sliding'
 * or a pivot number; every built-in profile uses the words, so policy takes the words. A list's
 * `constants` may be text, true/false or a number; policy takes text, which is what every
 * constant a profile reads as a fact compares against (an agency needing a number or a boolean
 * there imports the profile as a file instead). Both are in docs/deployment.md.
 */
const NARROWED: Narrowed = {
  'profiles[].fields[].parse.twoDigitYear': {
    schema: { type: 'string' },
    why: 'Chrome has no "string or integer"; built-in profiles use the words',
  },
  'profiles[].lists[].columns[].parse.twoDigitYear': {
    schema: { type: 'string' },
    why: 'Chrome has no "string or integer"; built-in profiles use the words',
  },
  'profiles[].lists[].constants{}': {
    schema: { type: 'string' },
    why: 'Chrome has no "string, boolean or number"',
  },
};

const jsonSchemaOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;

export function managedSchema(): ChromeSchema {
  return {
    type: 'object',
    properties: {
      settings: {
        ...toChromeSchema(jsonSchemaOf(SettingsSchema), 'settings', NARROWED),
        title: 'CaseLens settings set by the agency',
        description: "CaseLens settings (docs/configuration.md). Values set here replace the worker's own and are shown locked.",
      },
      profiles: {
        type: 'array',
        title: 'Screen profiles',
        description: 'Agency screen profiles (docs/screen-profiles.md), added to the built-in ones or replacing them by id.',
        items: toChromeSchema(jsonSchemaOf(ScreenProfileSchema), 'profiles[]', NARROWED),
      },
      policyPacks: {
        type: 'array',
        title: 'Policy packs',
        // A pack holds rules whose conditions nest without limit, which Chrome's dialect (no
        // $ref) cannot declare; as text it passes Chrome's filter whole and CaseLens checks it
        // exactly as on import, examples included.
        description: 'Agency policy packs (docs/policy-packs.md), each the JSON text of one pack file. A pack whose examples fail is not applied and the panel says so.',
        items: { type: 'string' },
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
