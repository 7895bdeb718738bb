/**
 * What profile format 2 lets a profile say, each on a small screen of the shape it was made
 * for: labels across no-break and repeated spaces, label/value pairs with an empty value, HATS
 * tables with colspan, multi-line notes, values from outside a row, dates that mean yes, code
 * families.
 */
import { describe, expect, it } from 'vitest';
import { readScreen } from '../../../lib/screen/read-screen';
import { loadProfile } from '../../../lib/screen/profile-migrate';
import type { ScreenProfileInput } from '../../../lib/screen/profile-schema';
import { parseHtml } from '../helpers/dom';
import { testProfileInput } from '../helpers/test-profile';

const opts = { url: 'https://legacy.example/screen', referenceYear: 2026 };
const profile = (p: Partial<ScreenProfileInput>) => loadProfile(testProfileInput({ version: '2.1.0', ...p }));
type FieldInput = NonNullable<ScreenProfileInput['fields']>[number];
const field = (key: string, fact: string, from: unknown[], parse: unknown = { type: 'text' }) => ({ key, label: key, fact, parse, from }) as FieldInput;
const read = (html: string, p: ReturnType<typeof profile>) => readScreen(parseHtml(`<h1>TEST SCREEN</h1>${html}`), [p], opts).read!;

describe('labels', () => {
  it('match across no-break spaces and runs of blanks, in the page and on a grid', () => {
    const p = profile({ fields: [field('goal', 'fssp.goal', [{ label: 'Goal  Date' }], { type: 'text' })] });
    expect(read('<p>Goal\u00a0Date: 12/01/2026</p>', p).fields[0]).toMatchObject({ status: 'ok', value: '12/01/2026' });
    expect(read('<table><tr><td>GOAL&nbsp;&nbsp;DATE</td><td>12/02/2026</td></tr></table>', p).fields[0]).toMatchObject({ value: '12/02/2026' });
    const grid = profile({ grid: { kind: 'pre', selector: 'pre' }, fields: [field('goal', 'fssp.goal', [{ label: 'GOAL DATE' }])] });
    expect(read('<pre>GOAL\u00a0\u00a0 DATE: 120326   NEXT: X</pre>', grid).fields[0]).toMatchObject({ value: '120326' });
  });

  it('read label/value pairs of elements, and an empty value does not stop the next alternative', () => {
    const pair = '<div class="row"><div class="lbl">Goal</div><div class="val">OBTAIN CDL</div></div>';
    const p = profile({ fields: [field('goal', 'fssp.goal', [{ label: 'Goal' }, { selector: '#goal-text' }])] });
    expect(read(pair, p).fields[0]).toMatchObject({ status: 'ok', value: 'OBTAIN CDL', via: 0 });
    const emptyPair = '<div class="row"><div class="lbl">Goal</div><div class="val"></div></div><p id="goal-text">COMPLETE GED</p>';
    expect(read(emptyPair, p).fields[0]).toMatchObject({ status: 'ok', value: 'COMPLETE GED', via: 1 });
    // Nothing later finds it: the empty neighbour means the field is shown blank.
    expect(read('<div><div>Goal</div><div> </div></div>', p).fields[0]).toMatchObject({ status: 'empty', via: 0 });
  });
});

describe('grids and joins', () => {
  it('a HATS table: each cell starts where the cells before it end, counting colspan', () => {
    const p = profile({
      grid: { kind: 'table', selector: 'table.hats' },
      fields: [field('case', 'caseNumber', [{ grid: { row: 2, col: 14, length: 7 } }]), field('ref', 'referral.date', [{ grid: { row: 3, col: 16, length: 6 } }], { type: 'date', formats: ['MMDDYY'] })],
    });
    const html = `<table class="hats"><tr><td colspan="80">TEST SCREEN</td></tr>
      <tr><td colspan="13">CASE NUMBER:</td><td colspan="7">2000211</td><td colspan="60"></td></tr>
      <tr><td colspan="15">REFERRAL DATE: </td><td colspan="6">100526</td><td colspan="59">&nbsp;</td></tr></table>`;
    expect(read(html, p).fields.map((f) => f.value)).toEqual(['2000211', '2026-10-05']);
  });

  it('joins 10 lines of 70 columns into one note, on a grid and over input lines', () => {
    const lines = Array.from({ length: 10 }, (_, i) => (i < 3 ? `LINE ${i + 1} OF THE NOTE`.padEnd(70) : ' '.repeat(70)));
    const pre = `<pre>TEST SCREEN\n${lines.map((l) => ` ${l}`).join('\n')}</pre>`;
    const grid = profile({ grid: { kind: 'pre', selector: 'pre' }, fields: [field('note', 'fssp.goal', [{ grid: { row: 2, col: 2, length: 70, lines: 10 } }])] });
    expect(read(pre, grid).fields[0]!.raw).toBe('LINE 1 OF THE NOTE LINE 2 OF THE NOTE LINE 3 OF THE NOTE');
    const inputs = profile({ fields: [field('note', 'fssp.goal', [{ selector: 'input.narr', all: true, join: 'newline' }])] });
    const html = ['FIRST LINE', 'SECOND LINE', '', ''].map((v) => `<input class="narr" value="${v}">`).join('');
    expect(read(html, inputs).fields[0]).toMatchObject({ value: 'FIRST LINE SECOND LINE', raw: 'FIRST LINE\nSECOND LINE' });
  });
});

describe('list rows', () => {
  it('a column can take its value from outside the row: the screen date, the plan member', () => {
    const p = profile({
      lists: [
        {
          key: 'activities', label: 'Activities', fact: 'casePlan.activities', rows: { selector: 'tbody tr' },
          columns: [
            { key: 'code', label: 'Code', fact: 'code', parse: { type: 'text' }, from: { cell: 0 } },
            { key: 'date', label: 'Screen date', fact: 'date', parse: { type: 'date', formats: ['MM/DD/YYYY'] }, from: { outside: { selector: '#screen-date' } } },
            { key: 'member', label: 'Plan member', fact: 'barrier', parse: { type: 'text' }, from: { outside: { label: 'Member' } } },
          ],
        },
      ],
    });
    const html = '<p>Member: 01</p><span id="screen-date">11/23/2026</span><table><tbody><tr><td>JSRCH</td></tr><tr><td>CCREF</td></tr><tr><td></td></tr></tbody></table>';
    const rows = read(html, p).lists[0]!.rows.map((r) => r.map((c) => c.value));
    // The blank third row is padding: a value from outside the rows does not make it a row.
    expect(rows).toEqual([['JSRCH', '2026-11-23', '01'], ['CCREF', '2026-11-23', '01']]);
  });

  it('two grid lines can make one row (step), and the list carries what its rows mean', () => {
    const p = profile({
      grid: { kind: 'pre', selector: 'pre' },
      lists: [
        {
          key: 'notes', label: 'Notes', fact: 'clnos', meaning: 'history', rowKey: ['date'], rows: { grid: { firstRow: 2, lastRow: 5, step: 2 } },
          columns: [
            { key: 'date', label: 'Date', fact: 'date', parse: { type: 'date', formats: ['MMDDYY'] }, from: { grid: { col: 1, length: 6 } } },
            { key: 'title', label: 'Title', fact: 'title', parse: { type: 'text' }, from: { grid: { col: 8, length: 30, lines: 2 } } },
          ],
        },
      ],
    });
    const list = read('<pre>TEST SCREEN\n110226 CONTACTED CLIENT ABOUT\n       CHILDCARE\n111026 EA COMPLETED\n</pre>', p).lists[0]!;
    expect(list.rows.map((r) => r.map((c) => c.value))).toEqual([['2026-11-02', 'CONTACTED CLIENT ABOUT CHILDCARE'], ['2026-11-10', 'EA COMPLETED']]);
    expect(list).toMatchObject({ meaning: 'history', rowKey: ['date'] });
  });
});

describe('parses', () => {
  it('present: a date means yes, a blank or zero date no, anything else is unreadable', () => {
    const p = profile({ fields: [field('signed', 'casePlan.signed', [{ label: 'SIGNED ON' }], { type: 'present', formats: ['MM/DD/YY'] })] });
    expect(read('<p>SIGNED ON: 03/04/26</p>', p).fields[0]).toMatchObject({ status: 'ok', value: true });
    expect(read('<p>SIGNED ON: 00/00/00</p>', p).fields[0]).toMatchObject({ status: 'ok', value: false });
    expect(read('<p>SIGNED ON: SOON</p>', p).fields[0]).toMatchObject({ status: 'unreadable' });
  });

  it('codes by table, then prefix (longest first), then pattern', () => {
    const parse = { type: 'code', table: { JOBS: 'JOBS' }, prefixes: [{ prefix: 'P', value: 'POST-TANF' }, { prefix: 'PT', value: 'PRE-TANF' }], patterns: [{ pattern: 'TA-?DVS?', value: 'TA-DVS' }] };
    const p = profile({ fields: [field('program', 'program', [{ label: 'PROGRAM' }], parse)] });
    const value = (code: string) => read(`<p>PROGRAM: ${code}</p>`, p).fields[0]!.value ?? read(`<p>PROGRAM: ${code}</p>`, p).fields[0]!.problem;
    expect(['jobs', 'PTNF', 'POST', 'TADV', 'TA-DVS'].map(value)).toEqual(['JOBS', 'PRE-TANF', 'POST-TANF', 'TA-DVS', 'TA-DVS']);
    expect(value('REF')).toMatch(/'REF' is not a known code \(JOBS, P…, PT…, \/TA-\?DVS\?\/\)/);
  });
});
