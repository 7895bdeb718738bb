/**
 * Merging a list a screen showed into the list known, by what the profile says the shown rows
 * mean (lib/screen/profile-parts.ts, LIST_MEANINGS). A whole list replaces (the default, done by
 * merge.ts); the others keep the rows the screen did not show:
 * - partial / latest: a shown row updates the known row with the same key (the columns this
 *   screen shows overwrite, the others stay, so a detail panel's note keeps the grid's title);
 *   a row with a new key is added;
 * - history: a row with a new key is added; a known row never changes.
 */
import type { ListShown } from './observation';

type Row = unknown;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A row's identity: its key columns (every column when the profile names none), or a plain value. */
export function rowKeyOf(row: Row, rowKey: readonly string[] | undefined): string {
  if (!isObject(row)) return JSON.stringify(row);
  const keys = rowKey?.length ? rowKey : Object.keys(row).sort();
  return JSON.stringify(keys.map((k) => row[k] ?? null));
}

export function mergeRows(known: readonly Row[], shown: readonly Row[], how: ListShown): Row[] {
  const out = known.map((r) => structuredClone(r));
  const index = new Map(out.map((r, i) => [rowKeyOf(r, how.rowKey), i]));
  for (const row of shown) {
    const key = rowKeyOf(row, how.rowKey);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.length);
      out.push(structuredClone(row));
    } else if (how.meaning !== 'history') {
      const before = out[at];
      out[at] = isObject(before) && isObject(row) ? { ...before, ...structuredClone(row) } : structuredClone(row);
    }
  }
  return out;
}
