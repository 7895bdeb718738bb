/**
 * Insert into the legacy screen, and Undo. An insert while the note is incomplete is not sent:
 * it turns the "still to fill" prompts into problems and moves focus to the first field to
 * fill. An insert that is undone is taken back out of the case's narration history, since it
 * never became a note.
 */
import { useState } from 'react';
import type { ActionResult, ActiveContext } from '../../lib/messages';
import { sendToPage } from '../panel-actions';
import type { LintIssue } from '../../lib/narration/lint';
import { forgetInsert, recordInsert } from '../../lib/store/drafts';
import { getDb } from '../hooks/use-db';

export interface InsertState {
  attempted: boolean;
  result?: ActionResult;
  canUndo: boolean;
  insert(input: { lines: string[]; title?: string; blocking: LintIssue[]; firstFieldId?: string }): Promise<void>;
  undo(): Promise<void>;
}

/** `active`: the screen the panel shows; the insert goes there only (the background checks it is still the worker's tab). */
export function useInsert(active: ActiveContext | undefined, caseKey: string, templateId: string): InsertState {
  const [attempted, setAttempted] = useState(false);
  const [result, setResult] = useState<ActionResult>();
  const [lastInsert, setLastInsert] = useState<number>();
  // A new template or case starts with a clean slate (state adjusted while rendering).
  const key = `${caseKey}|${templateId}`;
  const [forKey, setForKey] = useState(key);
  if (forKey !== key) {
    setForKey(key);
    setAttempted(false);
    setResult(undefined);
  }

  const insert: InsertState['insert'] = async ({ lines, title, blocking, firstFieldId }) => {
    if (blocking.length) {
      setAttempted(true);
      setResult({ ok: false, message: `Not inserted: ${blocking.length === 1 ? 'one thing needs' : `${blocking.length} things need`} fixing first (listed above).` });
      if (firstFieldId) document.getElementById(firstFieldId)?.focus();
      return;
    }
    const reply = await sendToPage(active, { type: 'insert-lines', lines, ...(title !== undefined ? { title } : {}) });
    setResult(reply);
    if (reply.ok) setLastInsert(await recordInsert(getDb(), { caseKey, templateId, text: lines.join('\n') }, new Date()));
  };

  const undo = async () => {
    const reply = await sendToPage(active, { type: 'undo-insert' });
    setResult(reply);
    if (reply.ok && lastInsert !== undefined) {
      await forgetInsert(getDb(), lastInsert);
      setLastInsert(undefined);
    }
  };

  return { attempted, result, canUndo: lastInsert !== undefined, insert, undo };
}
