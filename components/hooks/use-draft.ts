/**
 * A narration draft for one case and template, autosaved (debounced) to Dexie as the worker
 * types. Another window's save is picked up while this one has nothing unsaved; when both
 * changed it, the worker chooses which to keep.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { saveDraft, type DraftContent } from '../../lib/store/drafts';
import type { NarrationDraft } from '../../lib/store/db';
import { getDb } from './use-db';

export const AUTOSAVE_MS = 400;

export interface DraftState {
  /** The stored draft (undefined while loading, null when none). */
  stored: NarrationDraft | null | undefined;
  /** Set when another window saved a different version since this one loaded it. */
  conflict: NarrationDraft | null;
  savedAt?: string;
  schedule(content: DraftContent): void;
  keepMine(): Promise<void>;
  takeTheirs(): NarrationDraft | null;
}

export function useDraft(caseKey: string | undefined, templateId: string | undefined): DraftState {
  // The query result carries its key: after the key changes, useLiveQuery keeps returning the
  // previous result until the new one arrives, and that stale answer must not count.
  const key = `${caseKey}|${templateId}`;
  const result = useLiveQuery(
    async () => ({ key, draft: caseKey && templateId ? ((await getDb().drafts.get([caseKey, templateId])) ?? null) : null }),
    [key],
  );
  const stored = result?.key === key ? result.draft : undefined;
  const base = useRef(0);
  const pending = useRef<DraftContent | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [conflict, setConflict] = useState<NarrationDraft | null>(null);
  const [savedAt, setSavedAt] = useState<string>();

  // Follow the stored revision while nothing of ours is unsaved.
  useEffect(() => {
    if (stored !== undefined && !pending.current && !conflict) base.current = stored?.revision ?? 0;
  }, [stored, conflict]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = useCallback(async () => {
    const content = pending.current;
    if (!content) return;
    const result = await saveDraft(getDb(), content, base.current, new Date());
    if (result.ok) {
      base.current = result.draft.revision;
      if (pending.current === content) pending.current = null;
      setSavedAt(result.draft.updatedAt);
    } else setConflict(result.conflict);
  }, []);

  const schedule = useCallback(
    (content: DraftContent) => {
      pending.current = content;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return;
    base.current = conflict.revision;
    setConflict(null);
    await flush();
  }, [conflict, flush]);

  const takeTheirs = useCallback(() => {
    const theirs = conflict;
    pending.current = null;
    if (theirs) base.current = theirs.revision;
    setConflict(null);
    return theirs;
  }, [conflict]);

  return { stored, conflict, savedAt, schedule, keepMine, takeTheirs };
}
