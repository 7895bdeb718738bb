/**
 * Checks a profile beyond its shape: every fact it fills exists in the case-facts schema with
 * a matching kind, patterns compile, grid positions need a grid, a listing fills one case per
 * row, a list's row key names its own columns.
 */
import { FACT_PATHS, type FactKind } from '../facts/fact-paths';
import type { Locator, ScreenProfile } from './profile-schema';

const info = (path: string) => FACT_PATHS.get(path);

const PARSE_KINDS: Record<string, FactKind[]> = {
  text: ['text', 'code'],
  date: ['date'],
  present: ['flag'],
  flag: ['flag'],
  month: ['text'],
  money: ['number'],
  number: ['number'],
  code: ['code', 'text'],
};

function checkFact(path: string, parseType: string, where: string, out: string[]): void {
  const info = FACT_PATHS.get(path);
  if (!info) {
    out.push(`${where}: "${path}" is not a case fact`);
    return;
  }
  if (!PARSE_KINDS[parseType]?.includes(info.kind)) out.push(`${where}: a ${parseType} value cannot fill "${path}" (a ${info.kind} fact)`);
}

function checkPattern(pattern: string, where: string, out: string[]): void {
  try {
    new RegExp(pattern);
  } catch (e) {
    out.push(`${where}: pattern is not a valid regular expression (${(e as Error).message})`);
  }
}

function checkParse(parse: ScreenProfile['fields'][number]['parse'], where: string, out: string[]): void {
  if (parse.type !== 'code') return;
  for (const p of parse.patterns ?? []) checkPattern(p.pattern, `${where} code pattern`, out);
}

function checkLocator(loc: Locator, profile: ScreenProfile, where: string, out: string[]): void {
  if ('pattern' in loc) checkPattern(loc.pattern, where, out);
  if ('grid' in loc && !profile.grid) out.push(`${where}: reads a grid position but the profile has no "grid"`);
}

/** A listing's one list ("cases"): each column fills a fact of the case on that row. */
function checkListing(profile: ScreenProfile, out: string[]): void {
  const [list, ...more] = profile.lists;
  if (!list || more.length || list.fact !== 'cases') {
    out.push('a listing profile has exactly one list, with "fact": "cases" (one row per case)');
    return;
  }
  if (profile.fields.some((f) => f.fact === 'caseNumber')) out.push('a listing profile reads case numbers from its rows, not a field');
  if (!list.columns.some((c) => c.fact === 'caseNumber')) out.push(`list "${list.key}": a listing needs a "caseNumber" column`);
  for (const col of list.columns) {
    const where = `list "${list.key}" column "${col.key}"`;
    if (col.fact.includes('[]') || FACT_PATHS.get(col.fact)?.kind === 'list') out.push(`${where}: a listing column fills one value of the case, not a list`);
    else checkFact(col.fact, col.parse.type, where, out);
  }
}

export function checkProfileReferences(profile: ScreenProfile): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const field of profile.fields) {
    const where = `field "${field.key}"`;
    if (keys.has(field.key)) out.push(`${where}: key used twice`);
    keys.add(field.key);
    checkFact(field.fact, field.parse.type, where, out);
    checkParse(field.parse, where, out);
    for (const loc of field.from) checkLocator(loc, profile, where, out);
  }
  if (profile.role === 'listing') checkListing(profile, out);
  for (const list of profile.lists) {
    const where = `list "${list.key}"`;
    if ('pattern' in list.rows) checkPattern(list.rows.pattern, where, out);
    if ('grid' in list.rows && !profile.grid) out.push(`${where}: rows on a grid but the profile has no "grid"`);
    const columnKeys = new Set(list.columns.map((c) => c.key));
    for (const k of list.rowKey ?? []) if (!columnKeys.has(k)) out.push(`${where}: rowKey "${k}" is not one of its columns`);
    for (const col of list.columns) {
      const colWhere = `${where} column "${col.key}"`;
      checkParse(col.parse, colWhere, out);
      if ('outside' in col.from) checkLocator(col.from.outside, profile, colWhere, out);
      if ('grid' in col.from && !('grid' in list.rows)) out.push(`${colWhere}: a grid column needs rows on the grid`);
      if (profile.role === 'listing') continue;
      if (info(list.fact)?.kind !== 'list') out.push(`${where}: "${list.fact}" is not a list fact`);
      const path = col.fact === '.' ? `${list.fact}[]` : `${list.fact}[].${col.fact}`;
      checkFact(path, col.parse.type, colWhere, out);
      if (col.fact === '.' && list.columns.length > 1) out.push(`${where}: a "." column must be the list's only column`);
    }
  }
  // Two lists filling one fact (a grid page and its detail panel) must agree on what identifies a row.
  for (const [i, list] of profile.lists.entries()) {
    const other = profile.lists.slice(0, i).find((l) => l.fact === list.fact);
    const keyFacts = (l: typeof list) => (l.rowKey ?? []).map((k) => l.columns.find((c) => c.key === k)?.fact).join(',');
    if (other && keyFacts(other) !== keyFacts(list)) out.push(`list "${list.key}": fills "${list.fact}" like list "${other.key}" but identifies rows differently (rowKey)`);
  }
  for (const t of profile.match.all.concat(profile.match.none)) {
    if (t.at && !profile.grid) out.push(`match text "${t.text}": has a position but the profile has no "grid"`);
  }
  return [...new Set(out)];
}
