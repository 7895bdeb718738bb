/** Every read strategy on small hand-written screens, including hostile values. */
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../lib/screen/dom-text';
import { buildGrid } from '../../../lib/screen/grid';
import { locate, type LocateContext } from '../../../lib/screen/locate';
import type { GridSpec, Locator } from '../../../lib/screen/profile-schema';
import { parseHtml } from '../helpers/dom';

function ctxFor(html: string, grid?: GridSpec): LocateContext {
  const doc = parseHtml(html);
  return { root: doc, index: buildTextIndex(doc), grid: grid ? buildGrid(doc, grid) : null };
}
const raw = (ctx: LocateContext, loc: Locator) => {
  const r = locate(ctx, loc);
  return r.found ? r.raw.trim() : r;
};

describe('by label', () => {
  it('reads the cell to the right of a table label', () => {
    const ctx = ctxFor('<table><tr><td>Case #:</td><td><span>2000201</span></td></tr></table>');
    expect(raw(ctx, { label: 'Case #' })).toBe('2000201');
  });

  it('reads the cell below a table label', () => {
    const ctx = ctxFor('<table><tr><th>DOB</th><th>Name</th></tr><tr><td>01/02/1990</td><td>A</td></tr></table>');
    expect(raw(ctx, { label: 'DOB', direction: 'below' })).toBe('01/02/1990');
  });

  it('follows <label for> to its control, reading the live value', () => {
    const ctx = ctxFor('<label for="x_1">Plan Date</label><input id="x_1" value="01/02/2026">');
    (ctx.root as Document).getElementById('x_1')!.setAttribute('value', '01/02/2026');
    expect(raw(ctx, { label: 'Plan Date' })).toBe('01/02/2026');
  });

  it('reads a value in the same text after a colon, and spans in flow layout', () => {
    expect(raw(ctxFor('<div>Worker ID: FC0417</div>'), { label: 'Worker ID' })).toBe('FC0417');
    expect(raw(ctxFor('<div><span class="l">Track</span> <span class="v">Work First</span></div>'), { label: 'Track' })).toBe('Work First');
  });

  it('reads dd after dt', () => {
    expect(raw(ctxFor('<dl><dt>Case Manager</dt><dd>J. NORTHWIND</dd></dl>'), { label: 'Case Manager' })).toBe('J. NORTHWIND');
  });

  it('does not take a longer word for the label ("CASE NO" is not "CASE NOTES")', () => {
    const ctx = ctxFor('<pre>CASE NOTES: NONE\nCASE NO: 1000101</pre>', { kind: 'pre', selector: 'pre' });
    expect(raw(ctx, { label: 'CASE NO' })).toBe('1000101');
  });

  it('on a 3270 grid reads the input right after the label, or the text up to a double blank', () => {
    const html = '<pre>CASE MGMT FLAG (Y/N): <input name="F" value="N" size="1">   PROGRAM: JOBS  X\nNAME</pre>';
    const ctx = ctxFor(html, { kind: 'pre', selector: 'pre' });
    expect(raw(ctx, { label: 'CASE MGMT FLAG (Y/N)' })).toBe('N');
    expect(raw(ctx, { label: 'PROGRAM' })).toBe('JOBS');
  });

  it('on a 3270 grid reads below a label', () => {
    const ctx = ctxFor('<pre>DATE    SVC\n112126  CPDEV</pre>', { kind: 'pre', selector: 'pre' });
    expect(raw(ctx, { label: 'SVC', direction: 'below' })).toBe('CPDEV');
  });

  it('reports not found', () => {
    expect(locate(ctxFor('<p>nothing</p>'), { label: 'Case #' })).toEqual({ found: false });
  });
});

describe('by selector', () => {
  it('reads controls by value, other elements by text, or an attribute', () => {
    const ctx = ctxFor('<input name="goal" value="GED"><span id="c" data-case="77">SMITH</span><input type="checkbox" name="s" checked>');
    expect(raw(ctx, { selector: '[name=goal]' })).toBe('GED');
    expect(raw(ctx, { selector: '#c' })).toBe('SMITH');
    expect(raw(ctx, { selector: '#c', attribute: 'data-case' })).toBe('77');
    expect(raw(ctx, { selector: '[name=s]' })).toBe('Y');
  });

  it('says when the selector itself is broken', () => {
    expect(locate(ctxFor('<p>x</p>'), { selector: 'td[' })).toEqual({ found: false, error: 'selector "td[" is not valid CSS' });
  });
});

describe('by 3270 grid position', () => {
  it('counts an input as its size in columns on a <pre> screen', () => {
    const html = '<pre>PLAN DATE: <input name="A" value="112126" size="6"> SIGNED: <input name="B" value="Y" size="1">\nROW TWO</pre>';
    const ctx = ctxFor(html, { kind: 'pre', selector: 'pre' });
    expect(raw(ctx, { grid: { row: 1, col: 12, length: 6 } })).toBe('112126');
    expect(raw(ctx, { grid: { row: 1, col: 27, length: 1 } })).toBe('Y');
    expect(raw(ctx, { grid: { row: 2, col: 5, length: 3 } })).toBe('TWO');
    const loc = locate(ctx, { grid: { row: 1, col: 12, length: 6 } });
    expect(loc.found && loc.target?.kind === 'element' && (loc.target.element as HTMLInputElement).name).toBe('A');
  });

  it('reads a terminal emulator with one span per cell (no-break spaces are blanks)', () => {
    const cells = (s: string) => [...s].map((c) => `<span>${c === ' ' ? '&nbsp;' : c}</span>`).join('');
    const html = `<div id="t"><div class="r">${cells('CASE NUMBER: 2000201')}</div><div class="r">${cells('TRACK: WF')}<input value="ab" size="4"></div></div>`;
    const ctx = ctxFor(html, { kind: 'rows', selector: '#t .r' });
    expect(raw(ctx, { grid: { row: 1, col: 14, length: 7 } })).toBe('2000201');
    expect(raw(ctx, { label: 'CASE NUMBER' })).toBe('2000201');
    expect(raw(ctx, { grid: { row: 2, col: 10, length: 4 } })).toBe('ab');
  });

  it('reads cells placed by row and column attributes', () => {
    const html = '<div><span data-r="2" data-c="5">HELLO</span><input data-r="3" data-c="1" value="X" size="1"></div>';
    const ctx = ctxFor(html, { kind: 'cells', selector: '[data-r]', rowAttribute: 'data-r', colAttribute: 'data-c' });
    expect(raw(ctx, { grid: { row: 2, col: 5, length: 5 } })).toBe('HELLO');
    expect(raw(ctx, { grid: { row: 3, col: 1, length: 1 } })).toBe('X');
  });

  it('needs a grid', () => {
    expect(locate(ctxFor('<pre>x</pre>'), { grid: { row: 1, col: 1, length: 1 } })).toEqual({ found: false, error: 'grid position used but the profile defines no grid' });
  });
});

describe('by pattern', () => {
  it('matches over the readable text (with control values) and returns the group', () => {
    const ctx = ctxFor('<p>Referral received 11/02/2026 from EIS</p><p>Track <input value="FF"></p>');
    expect(raw(ctx, { pattern: 'received (\\d\\d/\\d\\d/\\d{4})' })).toBe('11/02/2026');
    expect(raw(ctx, { pattern: 'Track\\s+(\\w+)' })).toBe('FF');
  });

  it('reports an invalid pattern as a profile error', () => {
    const r = locate(ctxFor('<p>x</p>'), { pattern: '(' });
    expect(r.found).toBe(false);
    expect(!r.found && r.error).toMatch(/not a valid regular expression/);
  });
});

describe('hostile page text', () => {
  it('reads markup and script text in a field as text, never running or rendering it', () => {
    const ctx = ctxFor('<table><tr><td>Goal</td><td>&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;</td></tr></table><script>window.pwned = 1</script>');
    expect(raw(ctx, { label: 'Goal' })).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(ctx.index.text).not.toContain('window.pwned');
  });
});
