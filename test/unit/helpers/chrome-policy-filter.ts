/**
 * What Chrome does to an extension's policy value before storage.managed hands it over
 * (components/policy/core/common/schema.cc, Normalize with unknown keys allowed), as far as
 * CaseLens's schema needs it: undeclared object keys are dropped silently, and a value of the
 * wrong type makes the whole top-level policy (all of `settings`) invalid. Checked against real
 * Chromium by test/e2e/chromium-policy.spec.ts, which compares what arrives with the file.
 */
import type { ChromeSchema } from '../../../scripts/managed-schema/chrome-schema';

export class InvalidForChrome extends Error {}

const typeOk = (schema: ChromeSchema, value: unknown): boolean => {
  switch (schema.type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === schema.type;
  }
};

export function chromeFilter(schema: ChromeSchema, value: unknown, at = 'value'): unknown {
  if (!typeOk(schema, value)) throw new InvalidForChrome(`${at}: not ${schema.type}`);
  if (schema.type === 'array') return (value as unknown[]).map((item, i) => chromeFilter(schema.items!, item, `${at}[${i}]`));
  if (schema.type !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const declared = schema.properties?.[key] ?? schema.additionalProperties;
    if (declared) out[key] = chromeFilter(declared, v, `${at}.${key}`);
  }
  return out;
}
