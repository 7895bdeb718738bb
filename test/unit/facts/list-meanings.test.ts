/**
 * A list's meaning decides how the rows a screen shows merge into the list known: a whole list
 * replaces, a page or detail panel updates rows by key and keeps the rest, a history appends.
 * Each list's source says what its rows meant, and a page showing no row says nothing.
 */
import { describe, expect, it } from 'vitest';
import { observe } from '../../../lib/facts/observation';
import { mergeObservation } from '../../../lib/facts/merge';
import { describeSource, type ScreenRef } from '../../../lib/facts/provenance';
import type { CaseState } from '../../../lib/facts/provenance';
import type { FieldRead, ListRead, ScreenRead } from '../../../lib/screen/read-screen';
import type { ListMeaning } from '../../../lib/screen/profile-schema';

const screen: ScreenRef = { origin: 'http://127.0.0.1:4780', url: 'http://127.0.0.1:4780/cms/notes', profileId: 'ak-cms-case-notes', system: 'CMS', screen: 'NOTES', title: 'CMS case notes' };

const cell = (r: number, fact: string, value: string): FieldRead => ({ key: `notes[${r}].${fact}`, label: fact, fact, status: 'ok', value, raw: value });

function notesRead(meaning: ListMeaning, rows: Array<Record<string, string>>, rowKey?: string[]): ScreenRead {
  const list: ListRead = {
    key: 'notes', label: 'Case notes', fact: 'clnos', found: rows.length > 0, meaning, ...(rowKey ? { rowKey } : {}),
    rows: rows.map((row, r) => Object.entries(row).map(([fact, value]) => cell(r, fact, value))),
  };
  return {
    profileId: screen.profileId, title: screen.title, system: 'CMS', screen: 'NOTES', jurisdiction: 'AK', role: 'screen', url: screen.url,
    fields: [{ key: 'case', label: 'Case', fact: 'caseNumber', status: 'ok', value: '2000211', raw: '2000211' }],
    lists: [list], problems: [], alsoMatched: [],
  };
}

const merge = (state: CaseState | undefined, read: ScreenRead, at: string) => mergeObservation(state, observe(read, { screen }), at);
const grid = [
  { date: '2026-11-02', title: 'Initial contact by phone' },
  { date: '2026-11-05', title: 'EA CLNO' },
];

describe('list meanings', () => {
  it('complete: the list shown replaces the known one, and an empty list says there are none', () => {
    const first = merge(undefined, notesRead('complete', grid), 't1');
    const second = merge(first, notesRead('complete', [grid[1]!]), 't2');
    expect(second.facts.clnos).toEqual([grid[1]]);
    expect(merge(second, notesRead('complete', []), 't3').facts.clnos).toEqual([]);
    expect(second.sources.clnos).not.toHaveProperty('list');
  });

  it('partial: a detail panel adds the note body to the row with its key; other rows stay; a postback to another note keeps the first', () => {
    const key = ['date', 'title'];
    const page = merge(undefined, notesRead('partial', grid, key), 't1');
    const panel1 = merge(page, notesRead('partial', [{ ...grid[0]!, body: 'Called client, scheduled EA.' }], key), 't2');
    const panel2 = merge(panel1, notesRead('partial', [{ ...grid[1]!, body: 'Employability assessment completed.' }], key), 't3');
    expect(panel2.facts.clnos).toEqual([
      { ...grid[0], body: 'Called client, scheduled EA.' },
      { ...grid[1], body: 'Employability assessment completed.' },
    ]);
    expect(panel2.sources.clnos).toMatchObject({ state: 'seen', list: 'partial', at: 't3' });
    expect(describeSource(panel2.sources.clnos)).toBe('seen (with rows from earlier screens) on CMS NOTES');
  });

  it('partial: a shown row updates the known row with its key', () => {
    const before = merge(undefined, notesRead('partial', [{ date: '2026-11-02', title: 'Contact' }], ['date']), 't1');
    expect(merge(before, notesRead('partial', [{ date: '2026-11-02', title: 'Contact by phone' }], ['date']), 't2').facts.clnos).toEqual([{ date: '2026-11-02', title: 'Contact by phone' }]);
  });

  it('latest: the newest row is added, earlier rows stay, and a screen with no row says nothing', () => {
    const one = merge(undefined, notesRead('latest', [grid[0]!]), 't1');
    const two = merge(one, notesRead('latest', [grid[1]!]), 't2');
    expect(two.facts.clnos).toEqual(grid);
    const none = merge(two, notesRead('latest', []), 't3');
    expect(none.facts.clnos).toEqual(grid);
    expect(none.sources.clnos?.at).toBe('t2');
  });

  it('history: rows with a new key are appended, a known row never changes', () => {
    const log = merge(undefined, notesRead('history', grid, ['date']), 't1');
    const again = merge(log, notesRead('history', [{ date: '2026-11-05', title: 'EDITED' }, { date: '2026-11-09', title: 'Monthly contact' }], ['date']), 't2');
    expect(again.facts.clnos).toEqual([...grid, { date: '2026-11-09', title: 'Monthly contact' }]);
    expect(again.sources.clnos?.list).toBe('history');
  });

  it('a whole list shown after partial ones replaces them all', () => {
    const partial = merge(undefined, notesRead('partial', grid, ['date']), 't1');
    const whole = merge(partial, notesRead('complete', [grid[0]!]), 't2');
    expect(whole.facts.clnos).toEqual([grid[0]]);
    expect(whole.sources.clnos).not.toHaveProperty('list');
  });
});
