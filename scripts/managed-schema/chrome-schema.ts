/**
 * Turns a zod schema's JSON Schema into the dialect Chrome (and Edge) accept for an extension's
 * `storage.managed_schema` (components/policy/core/common/schema.cc). Why it matters: Chrome
 * normalises every enterprise-policy value against this schema and silently DROPS whatever the
 * schema does not declare, so an object declared without its properties reaches CaseLens empty.
 *
 * Chrome's dialect: `type` (object, array, string, integer, number, boolean), `properties`,
 * `additionalProperties` (a schema, never `false`), `patternProperties`, `items`, `enum` (string
 * and integer), `minimum`/`maximum` (32-bit integers), `pattern` (RE2), `title`, `description`.
 * No unions, no `const`, no `$ref` beyond its own ids, no length or item-count limits.
 *
 * Only structure and types are declared, no value constraints (enum, pattern, minimum,
 * maximum): tried in Chromium 150, one value breaking a constraint anywhere inside `settings`
 * (a single malformed host pattern, a retention of 5000 days) makes Chrome drop the WHOLE
 * `settings` policy without a word to the extension. CaseLens validates each key on its own
 * with zod instead: a bad value costs only that key, and the panel says which and why.
 */

export type ChromeType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export interface ChromeSchema {
  type: ChromeType;
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  patternProperties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: Array<string | number>;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** Value constraints Chrome knows but CaseLens leaves to zod (see above). */
export const VALUE_CONSTRAINTS = ['enum', 'pattern', 'minimum', 'maximum'] as const;

/** The subset of JSON Schema that zod's toJSONSchema writes and this converter reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

/** Attributes Chrome accepts per type; anything else makes it reject the whole schema. */
export const CHROME_ATTRIBUTES: Record<ChromeType, readonly string[]> = {
  object: ['type', 'title', 'description', 'properties', 'additionalProperties', 'patternProperties'],
  array: ['type', 'title', 'description', 'items'],
  string: ['type', 'title', 'description', 'enum', 'pattern'],
  integer: ['type', 'title', 'description', 'enum', 'minimum', 'maximum'],
  number: ['type', 'title', 'description'],
  boolean: ['type', 'title', 'description'],
};

/** A place the converter cannot express; `narrowed` (below) must say what to declare there, and why. */
export class NotExpressible extends Error {}

/**
 * Places where zod allows more than one type and Chrome can declare only one. Each entry says
 * which single type the policy may use there; the full form stays available through profile
 * and settings files. Path syntax: property names, `[]` for array items, `{}` for map values.
 */
export type Narrowed = Record<string, { schema: ChromeSchema; why: string }>;

export function toChromeSchema(node: JsonSchema, at: string, narrowed: Narrowed = {}): ChromeSchema {
  const decided = narrowed[at];
  if (decided) return decided.schema;
  if (node.allOf || node.$ref) throw new NotExpressible(`${at}: allOf/$ref have no Chrome equivalent`);
  const branches = node.anyOf ?? node.oneOf ?? (Array.isArray(node.type) ? node.type.map((type) => ({ ...node, type })) : undefined);
  if (branches) return merge(branches.map((b) => toChromeSchema(b, at, narrowed)), at);

  const type = chromeType(node, at);
  const out: ChromeSchema = { type };
  if (type === 'object') {
    const props = Object.entries(node.properties ?? {});
    if (props.length) out.properties = Object.fromEntries(props.map(([k, v]) => [k, toChromeSchema(v, `${at}.${k}`, narrowed)]));
    // A map (zod record): its values are declared for any key, or Chrome would drop every one.
    if (typeof node.additionalProperties === 'object') out.additionalProperties = toChromeSchema(node.additionalProperties, `${at}{}`, narrowed);
    if (!props.length && !out.additionalProperties) throw new NotExpressible(`${at}: an object with nothing declared would reach CaseLens empty`);
  }
  if (type === 'array') out.items = toChromeSchema(node.items ?? {}, `${at}[]`, narrowed);
  return out;
}

function chromeType(node: JsonSchema, at: string): ChromeType {
  const type = node.type as string | undefined;
  // A number literal (schemaVersion: 1) is an integer to Chrome.
  if (type === 'number' && Number.isInteger(node.const)) return 'integer';
  if (type && type in CHROME_ATTRIBUTES) return type as ChromeType;
  throw new NotExpressible(`${at}: type ${JSON.stringify(node.type)} has no Chrome equivalent`);
}

/**
 * A union as one schema: objects merge their properties (a discriminated union's tags are all
 * strings), arrays their items. Different types cannot merge.
 */
function merge(schemas: ChromeSchema[], at: string): ChromeSchema {
  const [first, ...rest] = schemas;
  if (!first) throw new NotExpressible(`${at}: empty union`);
  if (rest.some((s) => s.type !== first.type)) {
    throw new NotExpressible(`${at}: a union of ${[...new Set(schemas.map((s) => s.type))].join(' and ')}; say in "narrowed" which one policy may use`);
  }
  return rest.reduce((a, b) => mergeTwo(a, b, at), first);
}

function mergeTwo(a: ChromeSchema, b: ChromeSchema, at: string): ChromeSchema {
  if (a.type !== b.type) throw new NotExpressible(`${at}: a union of ${a.type} and ${b.type}`);
  const out: ChromeSchema = { type: a.type };
  if (a.properties || b.properties) {
    const props: Record<string, ChromeSchema> = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties ?? {})) props[k] = props[k] ? mergeTwo(props[k], v, `${at}.${k}`) : v;
    out.properties = props;
  }
  if (a.additionalProperties && b.additionalProperties) out.additionalProperties = mergeTwo(a.additionalProperties, b.additionalProperties, `${at}{}`);
  else if (a.additionalProperties ?? b.additionalProperties) out.additionalProperties = a.additionalProperties ?? b.additionalProperties;
  if (a.items && b.items) out.items = mergeTwo(a.items, b.items, `${at}[]`);
  else if (a.items ?? b.items) out.items = a.items ?? b.items;
  return out;
}

/** Every attribute Chrome would not accept, with where it is (empty when the schema is fine). */
export function chromeProblems(node: ChromeSchema, at = 'root'): string[] {
  const allowed = CHROME_ATTRIBUTES[node.type];
  if (!allowed) return [`${at}: type ${String(node.type)} is not a Chrome type`];
  const own = Object.keys(node)
    .filter((k) => !allowed.includes(k))
    .map((k) => `${at}: "${k}" is not a Chrome ${node.type} attribute`);
  if (node.type === 'object' && !node.properties && !node.additionalProperties && !node.patternProperties) own.push(`${at}: object declares nothing, so Chrome drops its content`);
  if (node.type === 'array' && !node.items) own.push(`${at}: array declares no items`);
  const inner = [
    ...Object.entries(node.properties ?? {}).flatMap(([k, v]) => chromeProblems(v, `${at}.${k}`)),
    ...Object.entries(node.patternProperties ?? {}).flatMap(([k, v]) => chromeProblems(v, `${at}/${k}/`)),
    ...(node.additionalProperties ? chromeProblems(node.additionalProperties, `${at}{}`) : []),
    ...(node.items ? chromeProblems(node.items, `${at}[]`) : []),
  ];
  return [...own, ...inner];
}
