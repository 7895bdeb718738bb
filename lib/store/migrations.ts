/**
 * Schema versions of the local database. A released version is never changed: a new one is
 * added with an upgrade that turns the old data into the new shape.
 */
import type { Transaction } from 'dexie';
import type { Member } from '../facts/case-facts';
import { householdName } from './household-name';

/** Version 1 (CaseLens 0.1): cases and screen health. */
export const V1_STORES = {
  cases: 'caseKey, jurisdiction, lastSeen, nextDue, program, track',
  screenHealth: 'profileId',
};

/**
 * Version 2: search by case number, the monthly review index, hand-marked duties, narration
 * drafts and history, the local RMSS record.
 */
export const V2_STORES = {
  cases: 'caseKey, jurisdiction, lastSeen, nextDue, program, track, caseNumber, reviewedMonth',
  screenHealth: 'profileId',
  duties: '[caseKey+dutyKey], caseKey',
  drafts: '[caseKey+templateId], caseKey, updatedAt',
  narrationHistory: '++id, caseKey, at',
  rmssHistory: '++id, date',
};

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      const key = String(c.caseKey);
      c.caseNumber ??= key.slice(key.indexOf(':') + 1);
      c.reviewedMonth ??= '';
      c.overdue ??= 0;
      c.summaryAsOf ??= '';
      c.unreadable ??= [];
    });
}

/**
 * Version 3: the caseload's summary rows in their own small table, so listing, filtering and
 * counting 10 000 cases never reads (and deserialises) their facts.
 */
export const V3_STORES = {
  ...V2_STORES,
  caseload: 'caseKey, nextDue, caseNumber, jurisdiction, reviewedMonth, lastSeen',
};

export const SUMMARY_FIELDS = ['caseKey', 'jurisdiction', 'caseNumber', 'program', 'track', 'nextDue', 'overdue', 'openFindings', 'reviewedMonth', 'lastSeen', 'summaryAsOf'] as const;

export function pickSummary(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(SUMMARY_FIELDS.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const summaries: Array<Record<string, unknown>> = [];
  await tx
    .table('cases')
    .toCollection()
    .each((c: Record<string, unknown>) => {
      summaries.push(pickSummary(c));
    });
  await tx.table('caseload').bulkPut(summaries);
}

/**
 * Version 4: every fact source says how the screen showed the fact (seen, blank, unreadable)
 * and where (origin, tab, frame), values typed but not saved are kept apart (`pending`), and
 * screen health keeps no screen values. Sources recorded before this version keep no origin:
 * a path with a value was seen, one without was shown blank, and the old `unreadable` list
 * becomes unreadable sources. Screen health loses its last problem text (it quoted values).
 * The caseload rows carry the household name the screens gave, filled here for rows written
 * before (not at the next daily care).
 */
export const V4_STORES = { ...V3_STORES, screenHealth: 'profileId, lastSeen' };

function pathValue(facts: unknown, path: string): unknown {
  let node = facts;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function upgradeCaseToV4(c: Record<string, unknown>): void {
  const old = (c.sources ?? {}) as Record<string, { screen?: string; profileId?: string; at?: string; state?: string }>;
  const sources: Record<string, unknown> = {};
  for (const [path, s] of Object.entries(old)) {
    if (s.state) {
      sources[path] = s;
      continue;
    }
    sources[path] = {
      origin: '',
      url: '',
      profileId: s.profileId ?? '',
      system: '',
      screen: s.screen ?? '',
      title: '',
      at: s.at ?? '',
      state: pathValue(c.facts, path) === undefined && !path.includes('[]') ? 'blank' : 'seen',
    };
  }
  for (const path of (c.unreadable as string[] | undefined) ?? []) {
    const prior = sources[path] as Record<string, unknown> | undefined;
    sources[path] = { origin: '', url: '', profileId: '', system: '', screen: '', title: '', at: '', ...prior, state: 'unreadable' };
  }
  c.sources = sources;
  c.pending ??= {};
  delete c.unreadable;
}

/**
 * Version 5: compound indexes on the caseload rows, so the caseload view reads its first page
 * and the monthly review progress from indexes alone: one jurisdiction by due date
 * ([jurisdiction+nextDue]), and the cases of a jurisdiction reviewed in a month
 * ([jurisdiction+reviewedMonth], counted per jurisdiction). IndexedDB keeps an index up to date
 * on every write, so the progress is kept incrementally and counting it reads no row. Rows
 * written before this version are indexed when the database opens; the upgrade also gives
 * every row the fields the indexes need (a row without one would be left out of its counts).
 */
export const V5_STORES = {
  ...V4_STORES,
  caseload: 'caseKey, nextDue, caseNumber, jurisdiction, reviewedMonth, lastSeen, [jurisdiction+nextDue], [jurisdiction+reviewedMonth]',
};

export async function upgradeToV5(tx: Transaction): Promise<void> {
  await tx
    .table('caseload')
    .toCollection()
    .modify((row: { caseKey: string; jurisdiction?: string; nextDue?: string; reviewedMonth?: string }) => {
      row.jurisdiction ??= row.caseKey.slice(0, row.caseKey.indexOf(':'));
      row.nextDue ??= '9999-12-31';
      row.reviewedMonth ??= '';
    });
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('cases').toCollection().modify(upgradeCaseToV4);
  await tx
    .table('screenHealth')
    .toCollection()
    .modify((h: { fields?: Record<string, Record<string, unknown>> }) => {
      for (const f of Object.values(h.fields ?? {})) delete f.lastProblem;
    });
  const names = new Map<string, string>();
  await tx
    .table('cases')
    .toCollection()
    .each((c: { caseKey: string; facts?: { household?: Member[] } }) => {
      const name = householdName(c.facts?.household);
      if (name) names.set(c.caseKey, name);
    });
  await tx
    .table('caseload')
    .toCollection()
    .modify((row: { caseKey: string; householdName?: string }) => {
      const name = names.get(row.caseKey);
      if (name) row.householdName = name;
    });
}
