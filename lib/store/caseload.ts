/**
 * Caseload queries over the summary rows (db.caseload): sorted by next due date, filtered by
 * index where there is one (due dates, case number) and on the small rows otherwise, so the
 * view stays fast at 10 000 cases. Nothing is re-evaluated to list.
 */
import { addDays } from '../dates/date-math';
import { matchesCaseSearch, parseCaseSearch } from './case-search';
import type { CaseLensDb, CaseSummary } from './db';

export interface CaseloadFilter {
  due?: 'all' | 'overdue' | 'this-week';
  jurisdiction?: string;
  track?: string;
  program?: string;
  /** Case number prefix, optionally after the state ("OR 1000101"; see case-search.ts). */
  search?: string;
}

export interface CaseloadPage {
  rows: CaseSummary[];
  total: number;
}

const byDue = (a: CaseSummary, b: CaseSummary) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : a.caseKey.localeCompare(b.caseKey));

function inDue(c: CaseSummary, due: CaseloadFilter['due'], asOf: string): boolean {
  if (due === 'overdue') return c.nextDue < asOf;
  if (due === 'this-week') return c.nextDue >= asOf && c.nextDue <= addDays(asOf, 7);
  return true;
}

/** IndexedDB's getAll() takes a count of at most 2^32 - 1 ([EnforceRange] unsigned long). */
const MAX_IDB_COUNT = 2 ** 32 - 1;

/**
 * One page of the caseload, soonest due first. `limit` is the page size; Infinity (or any
 * number IndexedDB cannot take as a count) returns every row, as the CSV export needs.
 */
export async function queryCaseload(db: CaseLensDb, filter: CaseloadFilter, asOf: string, limit = 100, offset = 0): Promise<CaseloadPage> {
  const search = parseCaseSearch(filter.search ?? '');
  const t = db.caseload;
  let collection;
  // One jurisdiction (with or without a due filter) reads its own index, in due order.
  const byState = !!filter.jurisdiction && !filter.track && !filter.program && !search;
  if (search) collection = t.where('caseNumber').startsWithAnyOfIgnoreCase([search.number, ...(search.alsoNumber ? [search.alsoNumber] : [])]);
  else if (byState) {
    const [from, to, toIncluded] = filter.due === 'overdue' ? ['', asOf, false] : filter.due === 'this-week' ? [asOf, addDays(asOf, 7), true] : ['', '\uffff', true];
    collection = t.where('[jurisdiction+nextDue]').between([filter.jurisdiction, from], [filter.jurisdiction, to], true, toIncluded);
  } else if (filter.due === 'overdue') collection = t.where('nextDue').below(asOf);
  else if (filter.due === 'this-week') collection = t.where('nextDue').between(asOf, addDays(asOf, 7), true, true);
  else collection = t.orderBy('nextDue');
  const other = !byState && !!(filter.jurisdiction || filter.track || filter.program || search);
  if (!other) {
    // Index order and index count: no row is read beyond the page.
    const paged = collection.clone().offset(offset);
    const [total, rows] = await Promise.all([collection.clone().count(), (limit < MAX_IDB_COUNT ? paged.limit(limit) : paged).toArray()]);
    return { rows, total };
  }
  const rows = (await collection.toArray())
    .filter((c) => (!filter.jurisdiction || c.jurisdiction === filter.jurisdiction) && (!filter.track || c.track === filter.track) && (!filter.program || c.program === filter.program))
    .filter((c) => !search || (matchesCaseSearch(c, search) && inDue(c, filter.due, asOf)))
    .sort(byDue);
  return { rows: rows.slice(offset, offset + limit), total: rows.length };
}

export interface ReviewProgress {
  reviewed: number;
  total: number;
  month: string;
}

/**
 * "38 of 52 cases reviewed this month", over the cases the monthly review applies to. Index
 * counts only (database v5): no row is read, whatever the caseload's size.
 */
export async function reviewProgress(db: CaseLensDb, month: string, jurisdictions: readonly string[]): Promise<ReviewProgress> {
  if (!jurisdictions.length) return { reviewed: 0, total: 0, month };
  // One equality count per jurisdiction: index counts, where anyOf() walks a cursor.
  const [totals, reviewed] = await Promise.all([
    Promise.all(jurisdictions.map((j) => db.caseload.where('jurisdiction').equals(j).count())),
    Promise.all(jurisdictions.map((j) => db.caseload.where('[jurisdiction+reviewedMonth]').equals([j, month]).count())),
  ]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { reviewed: sum(reviewed), total: sum(totals), month };
}
