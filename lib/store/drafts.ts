/**
 * Narration drafts, saved per case and template as the worker types. Each save names the
 * revision it started from; when another window saved in between, the save is refused and the
 * worker chooses, so two tabs on the same case never silently overwrite each other.
 */
import type { CaseLensDb, NarrationDraft } from './db';

export type DraftContent = Pick<NarrationDraft, 'caseKey' | 'templateId' | 'answers' | 'text' | 'title'>;
export type SaveResult = { ok: true; draft: NarrationDraft } | { ok: false; conflict: NarrationDraft };

export function loadDraft(db: CaseLensDb, caseKey: string, templateId: string): Promise<NarrationDraft | undefined> {
  return db.drafts.get([caseKey, templateId]);
}

/** The draft the worker touched last for a case (to reopen where they left off). */
export async function latestDraft(db: CaseLensDb, caseKey: string): Promise<NarrationDraft | undefined> {
  const drafts = await db.drafts.where('caseKey').equals(caseKey).toArray();
  return drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
}

export async function saveDraft(db: CaseLensDb, content: DraftContent, baseRevision: number, now: Date): Promise<SaveResult> {
  return db.transaction('rw', db.drafts, async () => {
    const current = await db.drafts.get([content.caseKey, content.templateId]);
    if ((current?.revision ?? 0) !== baseRevision) return { ok: false, conflict: current! };
    const draft: NarrationDraft = { ...content, revision: baseRevision + 1, updatedAt: now.toISOString() };
    await db.drafts.put(draft);
    return { ok: true, draft };
  });
}

export async function discardDraft(db: CaseLensDb, caseKey: string, templateId: string): Promise<void> {
  await db.drafts.delete([caseKey, templateId]);
}

/**
 * Keeps what was inserted (local history, purged after the retention period in settings).
 * Returns the entry's id, so an undone insert can be taken back out of the history.
 */
export async function recordInsert(db: CaseLensDb, entry: { caseKey: string; templateId: string; text: string }, now: Date): Promise<number> {
  // An auto-increment key is always set once added (Dexie types it as optional).
  return (await db.narrationHistory.add({ ...entry, at: now.toISOString() })) as number;
}

/** An insert the worker undid was never a note on the case: it leaves the history. */
export async function forgetInsert(db: CaseLensDb, id: number): Promise<void> {
  await db.narrationHistory.delete(id);
}
