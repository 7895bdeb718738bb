/** The reader as a whole: recognition, lists, drift signals and per-field problems. */
import { describe, expect, it } from 'vitest';
import { readScreen } from '../../../lib/screen/read-screen';
import { ScreenProfileSchema, type ScreenProfileInput } from '../../../lib/screen/profile-schema';
import { builtInKnowledge } from '../../../lib/knowledge';
import { loadFixture, parseHtml } from '../helpers/dom';
import { testProfileInput } from '../helpers/test-profile';

const opts = { url: 'https://legacy.example/cms/page', referenceYear: 2026 };
const profile = (p: Partial<ScreenProfileInput>) => ScreenProfileSchema.parse(testProfileInput(p));

describe('readScreen', () => {
  it('reports a value that is not a date with the field and screen names', () => {
    const { read } = readScreen(loadFixture('ak-cms-fssp/2000212-unreadable-date.html'), builtInKnowledge().profiles, opts);
    expect(read!.problems.map((p) => p.message)).toContain("FSSP plan date on screen FSSP: '13/45/99' is not a date (expected MM/DD/YYYY)");
    const field = read!.fields.find((f) => f.key === 'plan-date')!;
    expect(field).toMatchObject({ status: 'unreadable', raw: '13/45/99' });
    expect(field.value).toBeUndefined();
  });

  it('reports a missing required field (drift) and still reads the rest', () => {
    const p = profile({
      fields: [
        { key: 'goal', label: 'Goal', fact: 'fssp.goal', parse: { type: 'text' }, from: [{ label: 'Goal' }] },
        { key: 'signed', label: 'Date signed', fact: 'fssp.signedDate', parse: { type: 'date', formats: ['MM/DD/YYYY'] }, from: [{ label: 'Date Signed' }] },
      ],
    });
    const { read } = readScreen(parseHtml('<h1>TEST SCREEN</h1><table><tr><td>Goal</td><td>GED</td></tr></table>'), [p], opts);
    expect(read!.fields.map((f) => [f.key, f.status])).toEqual([['goal', 'ok'], ['signed', 'missing']]);
    expect(read!.problems).toEqual([{ key: 'signed', kind: 'missing', message: 'Date signed on screen TST: not found on the screen' }]);
  });

  it('says which alternative read a field, so a layout change shows as drift', () => {
    const p = profile({
      fields: [{ key: 'goal', label: 'Goal', fact: 'fssp.goal', parse: { type: 'text' }, from: [{ selector: '#old-goal' }, { label: 'Goal' }] }],
    });
    const { read } = readScreen(parseHtml('<h1>TEST SCREEN</h1><table><tr><td>Goal</td><td>GED</td></tr></table>'), [p], opts);
    expect(read!.fields[0]).toMatchObject({ status: 'ok', value: 'GED', via: 1 });
  });

  it('reads repeating rows, skipping heading rows, and names the row of a bad cell', () => {
    const p = profile({
      lists: [
        {
          key: 'clnos',
          label: 'Client notes',
          fact: 'clnos',
          rows: { selector: 'table tr' },
          columns: [
            { key: 'date', label: 'CLNO date', fact: 'date', parse: { type: 'date', formats: ['MM/DD/YYYY'] }, from: { cell: 0 } },
            { key: 'title', label: 'CLNO title', fact: 'title', parse: { type: 'text' }, from: { cell: 1 } },
          ],
        },
      ],
    });
    const html = '<h1>TEST SCREEN</h1><table><tr><th>Date</th><th>Title</th></tr><tr><td>11/02/2026</td><td>EA CLNO</td></tr><tr><td>99/99/2026</td><td>Contact</td></tr></table>';
    const { read } = readScreen(parseHtml(html), [p], opts);
    expect(read!.lists[0]!.rows.map((r) => r.map((c) => c.value ?? c.status))).toEqual([['2026-11-02', 'EA CLNO'], ['unreadable', 'Contact']]);
    expect(read!.problems[0]!.message).toBe("CLNO date (Client notes row 2) on screen TST: '99/99/2026' is not a date (no day 99 in month 99 of 2026)");
  });

  it('skips blank padding rows on a 3270 list', () => {
    const { read } = readScreen(loadFixture('or-tracs-case-plan/1000101.html'), builtInKnowledge().profiles, opts);
    expect(read!.lists[0]!.rows).toHaveLength(1);
  });

  it('matches content, not URL alone: a URL pattern only narrows', () => {
    const p = profile({ match: { url: '*://legacy.example/cms/*', all: [{ text: 'TEST SCREEN' }] } });
    expect(readScreen(parseHtml('<h1>TEST SCREEN</h1>'), [p], opts).read?.profileId).toBe('test-screen');
    expect(readScreen(parseHtml('<h1>TEST SCREEN</h1>'), [p], { ...opts, url: 'https://other.example/cms/page' }).read).toBeNull();
    expect(readScreen(parseHtml('<h1>OTHER</h1>'), [p], opts).read).toBeNull();
    expect(() => profile({ match: { url: '*://legacy.example/*', all: [] } })).toThrow(/content test/);
  });

  it('uses must-not text and input counts to tell look-alike screens apart', () => {
    const a = profile({ id: 'screen-a', match: { all: [{ text: 'TEST SCREEN' }], none: [{ text: 'READ ONLY' }] } });
    const b = profile({ id: 'screen-b', match: { all: [{ text: 'TEST SCREEN' }], inputs: { min: 1 } } });
    expect(readScreen(parseHtml('<h1>TEST SCREEN</h1><p>READ ONLY</p>'), [a, b], opts).read).toBeNull();
    const both = readScreen(parseHtml('<h1>TEST SCREEN</h1><input>'), [a, b], opts).read!;
    expect(both.alsoMatched).toHaveLength(1);
  });

  it('never reads CaseLens\'s own overlay as page text', () => {
    const doc = parseHtml('<h1>TEST SCREEN</h1><table><tr><td>Goal</td><td>GED</td></tr></table><caselens-overlay data-caselens-overlay><p>Goal INJECTED</p></caselens-overlay>');
    const p = profile({ fields: [{ key: 'goal', label: 'Goal', fact: 'fssp.goal', parse: { type: 'text' }, from: [{ pattern: 'Goal\\s+(\\w+)' }] }] });
    expect(readScreen(doc, [p], opts).read!.fields[0]!.value).toBe('GED');
  });
});
