/**
 * CaseLens's local database (IndexedDB through Dexie). Versions are explicit; each new version
 * says how data of the one before becomes its data, so an update never loses a case.
 * Nothing here leaves the browser.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { CaseFacts, Jurisdiction } from '../facts/case-facts';
import type { FactSource } from '../facts/merge';

export interface CaseRecord {
  caseKey: string;
  jurisdiction: Jurisdiction;
  caseNumber: string;
  facts: CaseFacts;
  sources: Record<string, FactSource>;
  firstSeen: string;
  lastSeen: string;
  program?: string;
  track?: string;
  /** Earliest due date of an unfinished duty ('9999-12-31' when none): the caseload's sort key. */
  nextDue: string;
  openFindings: number;
}

export interface ScreenHealthRecord {
  profileId: string;
  title: string;
  lastSeen: string;
  reads: number;
  /** Per field: how it read last time and how often it went missing or unreadable. */
  fields: Record<string, { label: string; lastStatus: string; via?: number; missing: number; unreadable: number; fallback: number; lastProblem?: string }>;
}

export const DB_NAME = 'caselens';

export type CaseLensDb = Dexie & {
  cases: EntityTable<CaseRecord, 'caseKey'>;
  screenHealth: EntityTable<ScreenHealthRecord, 'profileId'>;
};

export function openDb(name = DB_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): CaseLensDb {
  const db = new Dexie(name, deps) as CaseLensDb;
  db.version(1).stores({
    cases: 'caseKey, jurisdiction, lastSeen, nextDue, program, track',
    screenHealth: 'profileId',
  });
  return db;
}
