/**
 * The local RMSS history as the side panel lists it: stored rows (Dexie rmssHistory) read back
 * through the record schema, the agency's retention applied (keepRecent), and the ids of rows
 * past it, for the panel to delete. A row that no longer reads as a record (an older format)
 * is listed as expired only by date, never guessed at.
 */
import type { IsoDate } from '../dates/iso-date';
import { keepRecent, RmssRecordSchema, type GuideUse, type RmssRecord } from './record';

export interface HistoryRow {
  id?: number;
  date: string;
  record: unknown;
}

export interface HistoryView {
  /** Rows within retention that read as records, newest first. */
  records: (RmssRecord & { rowId?: number })[];
  /** Rows within retention that do not read as a record. */
  unreadable: number;
  /** Rows past retention: delete them. */
  expiredIds: number[];
}

export function historyView(rows: readonly HistoryRow[], days: number, asOf: IsoDate): HistoryView {
  const kept = new Set(keepRecent(rows, days, asOf));
  const expiredIds = rows.filter((r) => !kept.has(r) && r.id !== undefined).map((r) => r.id!);
  const records: HistoryView['records'] = [];
  let unreadable = 0;
  for (const row of rows) {
    if (!kept.has(row)) continue;
    const parsed = RmssRecordSchema.safeParse(row.record);
    if (parsed.success) records.push({ ...parsed.data, ...(row.id !== undefined ? { rowId: row.id } : {}) });
    else unreadable++;
  }
  records.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.rowId ?? 0) - (a.rowId ?? 0)));
  return { records, unreadable, expiredIds };
}

export const GUIDE_USE_TEXT: Record<GuideUse, string> = {
  followed: 'Answered as the guide recommended',
  differed: 'Differs from the guide',
  'not-covered': 'Policy does not cover the moment',
  'not-used': 'Guide not used',
};

/** "1.A.2, 2.A.2, 4.A.8" in the survey's question order (records keep codes by question). */
export function codesText(record: Pick<RmssRecord, 'codes'>): string {
  return Object.values(record.codes).join(', ');
}
