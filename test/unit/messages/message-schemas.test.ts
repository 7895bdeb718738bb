/** The background accepts messages of the right shape only; content and panel types never mix. */
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, ContentMessageSchema, PANEL_TYPES, PanelMessageSchema } from '../../../lib/message-schemas';

const docId = 'a1b2c3d4e5f6a7b8';
const target = { windowId: 1, tabId: 2, docId, caseKey: 'OR:1000101' };

describe('message schemas', () => {
  it('keep content-script and panel message types apart', () => {
    expect([...CONTENT_TYPES].filter((t) => PANEL_TYPES.has(t))).toEqual([]);
    expect(ContentMessageSchema.safeParse({ type: 'set-field', target, fact: 'casePlan.tcmFlag', value: 'Y' }).success).toBe(false);
  });

  it('accept a panel action that names its window, tab and screen, and refuse one that does not', () => {
    expect(PanelMessageSchema.safeParse({ type: 'set-field', target, fact: 'casePlan.tcmFlag', value: 'Y' }).success).toBe(true);
    expect(PanelMessageSchema.safeParse({ type: 'set-field', fact: 'casePlan.tcmFlag', value: 'Y' }).success).toBe(false);
    expect(PanelMessageSchema.safeParse({ type: 'insert-lines', target: { ...target, tabId: -1 }, lines: [] }).success).toBe(false);
    expect(PanelMessageSchema.safeParse({ type: 'set-field', target, fact: 'x', value: 'Y', extra: 1 }).success).toBe(false);
  });

  it('refuse oversized and malformed screen reads', () => {
    const read = { profileId: 'p', url: 'u', fields: [{ raw: 'N', via: 0 }, {}], lists: [[['10/01/2026', 'Title', null]]], problems: [], alsoMatched: [] };
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read, top: true }).success).toBe(true);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: null, top: true }).success).toBe(true);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: { ...read, fields: [{ raw: 'x'.repeat(4001) }] }, top: true }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: { ...read, fields: [{ raw: 'N', value: 'forged' }] }, top: true }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: { ...read, lists: [[[1, 2]]] }, top: true }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: { ...read, unsavedCells: { 'x.y': 'worker' } }, top: true }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId, read: { ...read, problems: [{ key: 'k', kind: 'unreadable', message: 'forged' }] }, top: true }).success).toBe(false);
    expect(ContentMessageSchema.safeParse({ type: 'screen-read', docId: 'x', read, top: true }).success).toBe(false);
  });
});
