/**
 * CaseLens's local database (IndexedDB through Dexie). Versions are explicit and never edited
 * once released; each new version says how the data of the one before becomes its data, so an
 * update never loses a case. Nothing here leaves the browser.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CaseFacts, Jurisdiction } from '../facts/case-facts';
import type { CaseState } from '../facts/provenance';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES, pickSummary, upgradeToV2, upgradeToV3, upgradeToV4, upgradeToV5 } from './migrations';
import { householdName } from './household-name';

/** A case as CaseLens keeps it: its facts, where each came from, what is typed but not saved. */
export interface CaseRecord extends CaseState {
  caseKey: string;
  jurisdiction: Jurisdiction;
  caseNumber: string;
  facts: CaseFacts;
  firstSeen: string;
  lastSeen: string;
  program?: string;
  track?: string;
  /** Earliest due date of an unfinished duty ('9999-12-31' when none): the caseload's sort key. */
  nextDue: string;
  /** Overdue duties on the day the summary was computed (see summaryAsOf). */
  overdue: number;
  openFindings: number;
  /** Month (YYYY-MM) of the last monthly case/track review seen done, '' if none. */
  reviewedMonth: string;
  summaryAsOf: string;
  /** Only caseload listings have shown this case so far: none of its own screens were opened. */
  listedOnly?: boolean;
}

/** A case's row in the caseload view (a projection of its record, kept in step with it). */
export type CaseSummary = Pick<CaseRecord, 'caseKey' | 'jurisdiction' | 'caseNumber' | 'program' | 'track' | 'nextDue' | 'overdue' | 'openFindings' | 'reviewedMonth' | 'lastSeen' | 'summaryAsOf' | 'listedOnly'> & {
  /** The household name the screens gave (lib/store/household-name.ts), when they gave one. */
  householdName?: string;
};

export function summaryOf(record: CaseRecord): CaseSummary {
  const name = householdName(record.facts.household, record.facts.caseName);
  return {
    ...(pickSummary(record as unknown as Record<string, unknown>) as unknown as CaseSummary),
    ...(name ? { householdName: name } : {}),
    ...(record.listedOnly ? { listedOnly: true } : {}),
  };
}

export interface ScreenHealthRecord {
  profileId: string;
  title: string;
  /** The version of the profile that read the screen last (Settings shows it). */
  profileVersion?: string;
  lastSeen: string;
  reads: number;
  /**
   * Per field: how it read last time and how often it went missing or unreadable. Never a
   * value from the screen: only statuses and counts (screen health outlives every case).
   */
  fields: Record<string, { label: string; lastStatus: string; via?: number; missing: number; unreadable: number; fallback: number }>;
}

/** A duty the worker marked done by hand (the screens do not show it). */
export interface DutyMark {
  caseKey: string;
  /** ruleId, plus "@YYYY-MM" for a monthly duty. */
  dutyKey: string;
  doneOn: string;
  note: string;
  markedAt: string;
}

export interface NarrationDraft {
  caseKey: string;
  templateId: string;
  answers: Record<string, string>;
  text: string;
  title?: string;
  updatedAt: string;
  /** Increases on every save; a save based on an older revision is refused (two tabs). */
  revision: number;
}

export interface NarrationHistoryEntry {
  id?: number;
  caseKey: string;
  templateId: string;
  text: string;
  at: string;
}

export interface RmssHistoryEntry {
  id?: number;
  date: string;
  record: unknown;
}

export const DB_NAME = 'caselens';

export type CaseLensDb = Dexie & {
  cases: EntityTable<CaseRecord, 'caseKey'>;
  caseload: EntityTable<CaseSummary, 'caseKey'>;
  screenHealth: EntityTable<ScreenHealthRecord, 'profileId'>;
  duties: Table<DutyMark, [string, string]>;
  drafts: Table<NarrationDraft, [string, string]>;
  narrationHistory: EntityTable<NarrationHistoryEntry, 'id'>;
  rmssHistory: EntityTable<RmssHistoryEntry, 'id'>;
};

export type DexieDeps = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

export function openDb(name = DB_NAME, deps?: DexieDeps): CaseLensDb {
  const db = new Dexie(name, deps) as CaseLensDb;
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES).upgrade(upgradeToV3);
  db.version(4).stores(V4_STORES).upgrade(upgradeToV4);
  db.version(5).stores(V5_STORES).upgrade(upgradeToV5);
  return db;
}

/** Writes a case and its caseload row together (call inside a transaction over both tables). */
export async function putCase(db: CaseLensDb, record: CaseRecord): Promise<void> {
  await db.cases.put(record);
  await db.caseload.put(summaryOf(record));
}
