/**
 * The fact paths a screen profile may fill, derived from the case-facts schema so the two can
 * never disagree. "household[].dob" is the dob column of the household list.
 */
import type { z } from 'zod';
import { CaseFactsSchema } from './case-facts';

export type FactKind = 'text' | 'date' | 'flag' | 'number' | 'code' | 'list';

export interface FactPathInfo {
  path: string;
  kind: FactKind;
  /** Allowed values of a code fact (an enum in the schema). */
  options?: readonly string[];
}

type AnyDef = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string> };
const defOf = (schema: z.ZodType): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let def = defOf(s); def.type === 'optional' || def.type === 'nullable' || def.type === 'default'; def = defOf(s)) {
    s = def.innerType!;
  }
  return s;
}

function walk(schema: z.ZodType, prefix: string, out: FactPathInfo[]): void {
  const s = unwrap(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, prefix ? `${prefix}.${key}` : key, out);
      return;
    case 'array':
      out.push({ path: prefix, kind: 'list' });
      walk(def.element!, `${prefix}[]`, out);
      return;
    case 'boolean':
      out.push({ path: prefix, kind: 'flag' });
      return;
    case 'number':
      out.push({ path: prefix, kind: 'number' });
      return;
    case 'enum':
      out.push({ path: prefix, kind: 'code', options: Object.values(def.entries ?? {}) });
      return;
    default:
      out.push({ path: prefix, kind: s.description === 'iso-date' ? 'date' : 'text' });
  }
}

function collect(): Map<string, FactPathInfo> {
  const out: FactPathInfo[] = [];
  walk(CaseFactsSchema, '', out);
  return new Map(out.map((info) => [info.path, info]));
}

export const FACT_PATHS: ReadonlyMap<string, FactPathInfo> = collect();
