/**
 * Caseload queries over the stored case summaries. Every filter runs on an index (nextDue,
 * caseNumber) so listing stays fast at 10 000 cases; nothing is re-evaluated to list.
 */
import { addDays } from '../dates/date-math';
import type { CaseLensDb, CaseRecord } from './db';
import { NO_DUE } from './case-service';

export interface CaseloadFilter {
  due?: 'all' | 'overdue' | 'this-week';
  jurisdiction?: string;
  track?: string;
  program?: string;
  /** Case number prefix. */
  search?: string;
}

export interface CaseloadPage {
  rows: CaseRecord[];
  total: number;
}

function matches(c: CaseRecord, f: CaseloadFilter): boolean {
  return (!f.jurisdiction || c.jurisdiction === f.jurisdiction) && (!f.track || c.track === f.track) && (!f.program || c.program === f.program);
}

export async function queryCaseload(db: CaseLensDb, filter: CaseloadFilter, asOf: string, limit = 100, offset = 0): Promise<CaseloadPage> {
  const search = filter.search?.trim();
  let collection;
  if (search) collection = db.cases.where('caseNumber').startsWithIgnoreCase(search);
  else if (filter.due === 'overdue') collection = db.cases.where('nextDue').below(asOf);
  else if (filter.due === 'this-week') collection = db.cases.where('nextDue').between(asOf, addDays(asOf, 7), true, true);
  else collection = db.cases.orderBy('nextDue');
  const filtered = collection.filter((c) => matches(c, filter) && (!search || filterDue(c, filter.due, asOf)));
  const [total, rows] = await Promise.all([filtered.clone().count(), filtered.offset(offset).limit(limit).toArray()]);
  if (search) rows.sort((a, b) => (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : 0));
  return { rows, total };
}

function filterDue(c: CaseRecord, due: CaseloadFilter['due'], asOf: string): boolean {
  if (due === 'overdue') return c.nextDue < asOf;
  if (due === 'this-week') return c.nextDue >= asOf && c.nextDue <= addDays(asOf, 7);
  return true;
}

export interface ReviewProgress {
  reviewed: number;
  total: number;
  month: string;
}

/** "38 of 52 cases reviewed this month", over the cases the monthly review applies to. */
export async function reviewProgress(db: CaseLensDb, month: string, jurisdictions: readonly string[]): Promise<ReviewProgress> {
  if (!jurisdictions.length) return { reviewed: 0, total: 0, month };
  const inScope = db.cases.where('jurisdiction').anyOf([...jurisdictions]);
  const [total, reviewed] = await Promise.all([inScope.count(), db.cases.where('reviewedMonth').equals(month).filter((c) => jurisdictions.includes(c.jurisdiction)).count()]);
  return { reviewed, total, month };
}

export const isDue = (c: CaseRecord) => c.nextDue !== NO_DUE;
