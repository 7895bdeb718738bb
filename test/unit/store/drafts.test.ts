import { describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb } from '../../../lib/store/db';
import { forgetInsert, latestDraft, loadDraft, recordInsert, saveDraft } from '../../../lib/store/drafts';

let n = 0;
const name = () => `caselens-drafts-${Date.now()}-${n++}`;
const content = (text: string, templateId = 'or-tcm-service') => ({ caseKey: 'OR:1000101', templateId, answers: { details: text }, text });

describe('drafts', () => {
  it('saves as the worker types and survives reopening the database', async () => {
    const dbName = name();
    const db = openDb(dbName, { indexedDB, IDBKeyRange });
    const first = await saveDraft(db, content('Met with'), 0, new Date('2026-11-23T10:00:00Z'));
    const second = await saveDraft(db, content('Met with participant'), first.ok ? first.draft.revision : -1, new Date('2026-11-23T10:00:01Z'));
    expect(second).toMatchObject({ ok: true, draft: { revision: 2, text: 'Met with participant' } });
    db.close();
    const reopened = openDb(dbName, { indexedDB, IDBKeyRange });
    expect(await loadDraft(reopened, 'OR:1000101', 'or-tcm-service')).toMatchObject({ revision: 2, answers: { details: 'Met with participant' } });
  });

  it('refuses a save based on an older revision (the same case open in two tabs)', async () => {
    const db = openDb(name(), { indexedDB, IDBKeyRange });
    await saveDraft(db, content('tab A 1'), 0, new Date());
    // Both tabs loaded revision 1; tab A saves first.
    expect((await saveDraft(db, content('tab A 2'), 1, new Date())).ok).toBe(true);
    const b = await saveDraft(db, content('tab B 2'), 1, new Date());
    expect(b).toMatchObject({ ok: false, conflict: { text: 'tab A 2', revision: 2 } });
    expect((await loadDraft(db, 'OR:1000101', 'or-tcm-service'))!.text).toBe('tab A 2');
  });

  it('finds the draft touched last for a case', async () => {
    const db = openDb(name(), { indexedDB, IDBKeyRange });
    await saveDraft(db, content('a', 'or-tcm-service'), 0, new Date('2026-11-23T10:00:00Z'));
    await saveDraft(db, content('b', 'or-case-plan-developed'), 0, new Date('2026-11-23T11:00:00Z'));
    expect((await latestDraft(db, 'OR:1000101'))!.templateId).toBe('or-case-plan-developed');
  });

  it('an undone insert leaves the narration history; the others stay', async () => {
    const db = openDb(name(), { indexedDB, IDBKeyRange });
    const kept = await recordInsert(db, { caseKey: 'OR:1000101', templateId: 'or-tcm-service', text: 'FIRST' }, new Date('2026-11-23T10:00:00Z'));
    const undone = await recordInsert(db, { caseKey: 'OR:1000101', templateId: 'or-tcm-service', text: 'SECOND' }, new Date('2026-11-23T10:01:00Z'));
    await forgetInsert(db, undone);
    expect((await db.narrationHistory.where('caseKey').equals('OR:1000101').toArray()).map((e) => [e.id, e.text])).toEqual([[kept, 'FIRST']]);
  });
});
