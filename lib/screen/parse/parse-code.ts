/**
 * Screen codes to values: an exact table first, then prefixes (longest first: "J01" before
 * "J0"), then regular expressions over the whole value, in order. Legacy systems add codes
 * faster than anyone updates a table ("J016", "J017"... are all notices), so a family of codes
 * can be named once. No zod: the content script runs it.
 */
export interface CodeSpec {
  type: 'code';
  table?: Record<string, string>;
  prefixes?: Array<{ prefix: string; value: string }>;
  patterns?: Array<{ pattern: string; value: string }>;
  caseSensitive?: boolean;
}

export type CodeResult = { ok: true; value: string } | { ok: false; reason: string };

function tableValue(spec: CodeSpec, text: string): string | undefined {
  const table = spec.table ?? {};
  if (spec.caseSensitive) return Object.hasOwn(table, text) ? table[text] : undefined;
  const key = text.toUpperCase();
  const found = Object.keys(table).find((k) => k.toUpperCase() === key);
  return found === undefined ? undefined : table[found];
}

function prefixValue(spec: CodeSpec, text: string): string | undefined {
  const fold = (s: string) => (spec.caseSensitive ? s : s.toUpperCase());
  const byLength = [...(spec.prefixes ?? [])].sort((a, b) => b.prefix.length - a.prefix.length);
  return byLength.find((p) => fold(text).startsWith(fold(p.prefix)))?.value;
}

function patternValue(spec: CodeSpec, text: string): string | undefined {
  for (const p of spec.patterns ?? []) {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${p.pattern})$`, spec.caseSensitive ? '' : 'i');
    } catch {
      continue; // profile checks report a bad pattern; a read never throws
    }
    if (re.test(text)) return p.value;
  }
  return undefined;
}

function describe(spec: CodeSpec): string {
  const known = [
    ...Object.keys(spec.table ?? {}),
    ...(spec.prefixes ?? []).map((p) => `${p.prefix}…`),
    ...(spec.patterns ?? []).map((p) => `/${p.pattern}/`),
  ];
  return known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
}

export function parseCode(text: string, spec: CodeSpec): CodeResult {
  const value = tableValue(spec, text) ?? prefixValue(spec, text) ?? patternValue(spec, text);
  return value === undefined ? { ok: false, reason: `'${text}' is not a known code (${describe(spec)})` } : { ok: true, value };
}
