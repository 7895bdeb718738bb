/**
 * Data care: retention (cases not seen for N days are purged), forgetting one case, erasing
 * everything, and the worker's own export/import. An import is checked whole and written in
 * one transaction: a broken file changes nothing.
 */
import { z } from 'zod';
import { CaseFactsSchema } from '../facts/case-facts';
import { FactSourceSchema, PendingValueSchema } from '../facts/provenance';
import { upgradeCaseToV4 } from './migrations';
import { describeZodError } from '../validation/describe-error';
import { summaryOf, type CaseLensDb } from './db';

export const DATA_FILE_KIND = 'caselens-data';
/** 3: fact sources say how and where each fact was shown (database v4). Files of version 2 are upgraded on import. */
export const DATA_FILE_VERSION = 3;
/** A worker's own data file is far below this; anything larger is refused before it is parsed. */
export const MAX_DATA_FILE_BYTES = 50 * 1024 * 1024;

export async function forgetCase(db: CaseLensDb, caseKey: string): Promise<void> {
  await db.transaction('rw', [db.cases, db.caseload, db.duties, db.drafts, db.narrationHistory], async () => {
    await db.cases.delete(caseKey);
    await db.caseload.delete(caseKey);
    await db.duties.where('caseKey').equals(caseKey).delete();
    await db.drafts.where('caseKey').equals(caseKey).delete();
    await db.narrationHistory.where('caseKey').equals(caseKey).delete();
  });
}

/** Deletes cases not seen since `retentionDays` before now, with everything kept about them. */
export async function purgeStale(db: CaseLensDb, retentionDays: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const stale = await db.cases.where('lastSeen').below(cutoff).primaryKeys();
  for (const key of stale) await forgetCase(db, key);
  // Screen health keeps no screen values, but follows the same retention.
  await db.screenHealth.where('lastSeen').below(cutoff).delete();
  return stale.length;
}

/** Narration and RMSS history older than their own retention periods. */
export async function purgeHistory(db: CaseLensDb, narrationDays: number, rmssDays: number, now: Date): Promise<void> {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  await db.narrationHistory.where('at').below(before(narrationDays)).delete();
  await db.rmssHistory.where('date').below(before(rmssDays).slice(0, 10)).delete();
}

export async function eraseAll(db: CaseLensDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

const CaseRecordSchema = z
  .object({
    caseKey: z.string().regex(/^(OR|AK|ME):[A-Z0-9-]{1,20}$/i),
    jurisdiction: z.enum(['OR', 'AK', 'ME']),
    caseNumber: z.string(),
    facts: CaseFactsSchema,
    sources: z.record(z.string(), FactSourceSchema),
    pending: z.record(z.string(), PendingValueSchema).default({}),
    firstSeen: z.string(),
    lastSeen: z.string(),
    program: z.string().optional(),
    track: z.string().optional(),
    nextDue: z.string(),
    overdue: z.number().default(0),
    openFindings: z.number(),
    reviewedMonth: z.string().default(''),
    summaryAsOf: z.string().default(''),
  })
  .refine((c) => c.caseKey === `${c.jurisdiction}:${c.caseNumber.toUpperCase()}`, { message: 'caseKey does not match jurisdiction and case number' });

const DataFileSchema = z.object({
  kind: z.literal(DATA_FILE_KIND),
  schemaVersion: z.literal(DATA_FILE_VERSION),
  exportedAt: z.string(),
  cases: z.array(CaseRecordSchema),
  duties: z.array(z.object({ caseKey: z.string(), dutyKey: z.string(), doneOn: z.string(), note: z.string().max(500), markedAt: z.string() })),
  drafts: z.array(
    z.object({ caseKey: z.string(), templateId: z.string(), answers: z.record(z.string(), z.string()), text: z.string(), title: z.string().optional(), updatedAt: z.string(), revision: z.number() }),
  ),
  narrationHistory: z.array(z.object({ caseKey: z.string(), templateId: z.string(), text: z.string(), at: z.string() })),
  rmssHistory: z.array(z.object({ date: z.string(), record: z.unknown() })),
});
export type DataFile = z.infer<typeof DataFileSchema>;

export async function exportData(db: CaseLensDb, now: Date): Promise<string> {
  const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  const file = {
    kind: DATA_FILE_KIND,
    schemaVersion: DATA_FILE_VERSION,
    exportedAt: now.toISOString(),
    cases: await db.cases.toArray(),
    duties: await db.duties.toArray(),
    drafts: await db.drafts.toArray(),
    narrationHistory: strip(await db.narrationHistory.toArray()),
    rmssHistory: strip(await db.rmssHistory.toArray()),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ImportResult = { ok: true; cases: number } | { ok: false; error: string };

/** Adds (or replaces, by case) what the file holds. Nothing is written unless all of it is valid. */
export async function importData(db: CaseLensDb, text: string, fileName = 'the file'): Promise<ImportResult> {
  if (text.length > MAX_DATA_FILE_BYTES) {
    return { ok: false, error: `${fileName} is larger than ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB, more than a CaseLens data file can be. Nothing was changed.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON: ${(e as Error).message}. Nothing was changed.` };
  }
  // A file exported before fact sources said how each fact was shown (version 2): upgrade it as the database does.
  const file = json as { kind?: unknown; schemaVersion?: unknown; cases?: unknown };
  if (file?.kind === DATA_FILE_KIND && file.schemaVersion === 2 && Array.isArray(file.cases)) {
    for (const c of file.cases) if (c && typeof c === 'object') upgradeCaseToV4(c as Record<string, unknown>);
    file.schemaVersion = DATA_FILE_VERSION;
  }
  const parsed = DataFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${fileName} is not a CaseLens data file this version can read (${describeZodError(parsed.error)}). Nothing was changed.` };
  const data = parsed.data;
  try {
    await db.transaction('rw', [db.cases, db.caseload, db.duties, db.drafts, db.narrationHistory, db.rmssHistory], async () => {
      await db.cases.bulkPut(data.cases);
      await db.caseload.bulkPut(data.cases.map(summaryOf));
      await db.duties.bulkPut(data.duties);
      await db.drafts.bulkPut(data.drafts);
      await db.narrationHistory.bulkAdd(data.narrationHistory);
      await db.rmssHistory.bulkAdd(data.rmssHistory);
    });
  } catch (e) {
    return { ok: false, error: `Import failed and was rolled back: ${(e as Error).message}` };
  }
  return { ok: true, cases: data.cases.length };
}
