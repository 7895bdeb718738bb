/**
 * Checks a profile beyond its shape: every fact it fills exists in the case-facts schema with
 * a matching kind, patterns compile, grid positions need a grid.
 */
import { FACT_PATHS, type FactKind } from '../facts/fact-paths';
import type { ScreenProfile } from './profile-schema';

const PARSE_KINDS: Record<string, FactKind[]> = {
  text: ['text', 'code'],
  date: ['date'],
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

export function checkProfileReferences(profile: ScreenProfile): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const field of profile.fields) {
    const where = `field "${field.key}"`;
    if (keys.has(field.key)) out.push(`${where}: key used twice`);
    keys.add(field.key);
    checkFact(field.fact, field.parse.type, where, out);
    for (const loc of field.from) {
      if ('pattern' in loc) checkPattern(loc.pattern, where, out);
      if ('grid' in loc && !profile.grid) out.push(`${where}: reads a grid position but the profile has no "grid"`);
    }
  }
  for (const list of profile.lists) {
    const where = `list "${list.key}"`;
    const info = FACT_PATHS.get(list.fact);
    if (info?.kind !== 'list') out.push(`${where}: "${list.fact}" is not a list fact`);
    if ('pattern' in list.rows) checkPattern(list.rows.pattern, where, out);
    if ('grid' in list.rows && !profile.grid) out.push(`${where}: rows on a grid but the profile has no "grid"`);
    for (const col of list.columns) {
      const path = col.fact === '.' ? `${list.fact}[]` : `${list.fact}[].${col.fact}`;
      checkFact(path, col.parse.type, `${where} column "${col.key}"`, out);
      if (col.fact === '.' && list.columns.length > 1) out.push(`${where}: a "." column must be the list's only column`);
    }
  }
  for (const t of profile.match.all.concat(profile.match.none)) {
    if (t.at && !profile.grid) out.push(`match text "${t.text}": has a position but the profile has no "grid"`);
  }
  return out;
}
