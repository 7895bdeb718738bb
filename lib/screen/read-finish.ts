/**
 * One raw value to one field read: parsed, or empty, or unreadable with the reason quoted, or
 * missing. Shared by single fields and list cells so both say problems the same way.
 */
import { parseValue, type ParseSpec } from './parse/parse-value';
import type { FieldRead } from './read-screen';

const MAX_RAW = 4000;
const quote = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

export function finish(
  spec: { key: string; label: string; fact: string; parse: ParseSpec; required?: boolean },
  screen: string,
  raw: string | undefined,
  referenceYear: number,
  where = '',
): FieldRead {
  const base = { key: spec.key, label: spec.label, fact: spec.fact };
  if (raw === undefined) {
    return { ...base, status: 'missing', problem: `${spec.label}${where} on screen ${screen}: not found on the screen` };
  }
  const text = raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw;
  const parsed = parseValue(text, spec.parse, { referenceYear });
  if (parsed.status === 'ok') return { ...base, status: 'ok', raw: text, value: parsed.value };
  if (parsed.status === 'empty') return { ...base, status: 'empty', raw: text };
  return { ...base, status: 'unreadable', raw: text, problem: `${spec.label}${where} on screen ${screen}: ${quote(parsed.reason)}` };
}
