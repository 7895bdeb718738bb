/**
 * Provenance flows from the read to the stored case: each fact path keeps how the screen showed
 * it (seen, blank, unreadable, typed but not saved) and where; one bad list row costs that row
 * only; a value typed but not saved is pending until a later read of the screen settles it.
 */
import { describe, expect, it } from 'vitest';
import { observe } from '../../../lib/facts/observation';
import { mergeObservation } from '../../../lib/facts/merge';
import { describeSource, presenceOf, type ScreenRef } from '../../../lib/facts/provenance';
import type { FieldRead, ScreenRead } from '../../../lib/screen/read-screen';

const screen: ScreenRef = {
  origin: 'http://127.0.0.1:4780', url: 'http://127.0.0.1:4780/tracs/screen', tabId: 4, frameId: 2,
  profileId: 'or-tracs-case-plan', system: 'TRACS', screen: 'CPLN', title: 'TRACS case plan (CPLN)',
};

const field = (fact: string, status: FieldRead['status'], value?: string | boolean, extra: Partial<FieldRead> = {}): FieldRead => ({
  key: fact.replace(/\W/g, '-'), label: fact, fact, status, ...(value !== undefined ? { value, raw: String(value) } : {}), ...extra,
});

function cplnRead(fields: FieldRead[], rows: FieldRead[][] = []): ScreenRead {
  return {
    profileId: 'or-tracs-case-plan', title: 'TRACS case plan (CPLN)', system: 'TRACS', screen: 'CPLN', jurisdiction: 'OR', role: 'screen',
    url: screen.url, fields: [field('caseNumber', 'ok', '1000101'), ...fields], problems: [], alsoMatched: [],
    lists: [{ key: 'services', label: 'Service activity', fact: 'services', found: rows.length > 0, rows }],
  };
}

const cell = (r: number, fact: string, status: FieldRead['status'], value?: string) => ({ ...field(fact, status, value), key: `services[${r}].${fact}` });

describe('observe', () => {
  it('says per fact path how the screen showed it, and leaves out fields it does not have', () => {
    const obs = observe(
      cplnRead([field('casePlan.tcmFlag', 'ok', false), field('casePlan.planDate', 'empty'), field('casePlan.signed', 'unreadable'), field('casePlan.reviewDate', 'missing')]),
      { screen },
    );
    expect(obs.shown).toMatchObject({ caseNumber: 'seen', 'casePlan.tcmFlag': 'seen', 'casePlan.planDate': 'blank', 'casePlan.signed': 'unreadable', services: 'seen' });
    expect(obs.shown).not.toHaveProperty('casePlan.reviewDate');
    expect(obs.screen).toEqual(screen);
  });

  it('drops one list row that fails validation and keeps the case number and every other row', () => {
    const rows = [
      [cell(0, 'date', 'ok', '2026-11-10'), cell(0, 'service', 'ok', 'CPDEV')],
      [cell(1, 'date', 'unreadable'), cell(1, 'service', 'ok', 'ASSMT')],
      [cell(2, 'date', 'ok', '2026-11-12'), cell(2, 'service', 'ok', 'REFER')],
    ];
    const obs = observe(cplnRead([field('casePlan.tcmFlag', 'ok', false)], rows), { screen });
    expect(obs.caseKey).toBe('OR:1000101');
    expect(obs.facts.casePlan?.tcmFlag).toBe(false);
    expect(obs.facts.services?.map((s) => s.service)).toEqual(['CPDEV', 'REFER']);
    expect(obs.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('Service activity row 2 on screen CPLN was left out'));
    expect(obs.shown['services[].date']).toBe('unreadable');
  });

  it('drops a value the schema refuses, reports it, and calls the field unreadable (never blank)', () => {
    const obs = observe(cplnRead([field('casePlan.planDate', 'ok', 'not-a-date')]), { screen });
    expect(obs.facts.casePlan?.planDate).toBeUndefined();
    expect(obs.shown['casePlan.planDate']).toBe('unreadable');
    expect(obs.caseKey).toBe('OR:1000101');
  });

  it('keeps a value typed but not saved out of the facts, as pending', () => {
    const obs = observe(cplnRead([field('casePlan.tcmFlag', 'ok', true, { raw: 'Y', unsaved: 'caselens' })]), { screen });
    expect(obs.facts.casePlan?.tcmFlag).toBeUndefined();
    expect(obs.shown['casePlan.tcmFlag']).toBe('unsaved');
    expect(obs.pending['casePlan.tcmFlag']).toEqual({ value: 'Y', by: 'caselens' });
  });

  it('does not take a case number typed into the screen (not yet entered) for the case shown', () => {
    const read = cplnRead([]);
    read.fields[0] = field('caseNumber', 'ok', '1000199', { unsaved: 'worker' });
    expect(observe(read, { screen }).caseKey).toBeUndefined();
  });
});

describe('mergeObservation', () => {
  const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const saved = observe(cplnRead([field('casePlan.tcmFlag', 'ok', false)]), { screen });

  it('records where and how each fact was shown: origin, tab, frame, screen, time', () => {
    const known = mergeObservation(undefined, saved, at(0));
    expect(known.sources['casePlan.tcmFlag']).toEqual({ ...screen, state: 'seen', at: at(0) });
    expect(presenceOf(known.sources, 'casePlan.tcmFlag')).toBe('seen');
    expect(presenceOf(known.sources, 'household[].dob')).toBe('never');
    expect(describeSource(known.sources['casePlan.tcmFlag'])).toBe('seen on TRACS CPLN');
  });

  it('keeps a value written but not saved apart: the saved N stays the fact until a later read shows Y saved', () => {
    const known = mergeObservation(undefined, saved, at(0));
    const written = observe(cplnRead([field('casePlan.tcmFlag', 'ok', true, { raw: 'Y', unsaved: 'caselens' })]), { screen });
    const typed = mergeObservation(known, written, at(1));
    expect(typed.facts.casePlan?.tcmFlag).toBe(false);
    expect(typed.sources['casePlan.tcmFlag']!.at).toBe(at(0));
    expect(typed.pending['casePlan.tcmFlag']).toMatchObject({ value: 'Y', by: 'caselens', at: at(1), source: screen });

    const afterSave = mergeObservation(typed, observe(cplnRead([field('casePlan.tcmFlag', 'ok', true, { raw: 'Y' })]), { screen }), at(2));
    expect(afterSave.facts.casePlan?.tcmFlag).toBe(true);
    expect(afterSave.pending).toEqual({});
    expect(afterSave.sources['casePlan.tcmFlag']).toMatchObject({ state: 'seen', confirmsWrite: at(1) });
  });

  it('drops a pending value the screen shows was never saved (the worker left without Enter)', () => {
    const known = mergeObservation(undefined, saved, at(0));
    const typed = mergeObservation(known, observe(cplnRead([field('casePlan.tcmFlag', 'ok', true, { raw: 'Y', unsaved: 'caselens' })]), { screen }), at(1));
    const reopened = mergeObservation(typed, saved, at(5));
    expect(reopened.pending).toEqual({});
    expect(reopened.facts.casePlan?.tcmFlag).toBe(false);
    expect(reopened.sources['casePlan.tcmFlag']).not.toHaveProperty('confirmsWrite');
  });
});
