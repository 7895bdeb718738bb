/** Fitting text to a legacy field: exact line breaks, long words, blank lines, overflow, characters. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText } from '../../../lib/narration/wrap';
import { builtInKnowledge } from '../../../lib/knowledge';

const tracs = builtInKnowledge().profiles.find((p) => p.id === 'or-tracs-narration')!.narrationTarget!;

describe('TRACS narration: 12 lines of 72 upper-case characters', () => {
  it('breaks at the last space that fits and upper-cases, exactly', () => {
    const text =
      'TANF family coach developed case plan with participant on 03/02/2026. Participant agreed to job search 20 hours a week and GED classes on Tuesday and Thursday.';
    const r = fitText(text, tracs);
    expect(r.lines).toEqual([
      'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT ON 03/02/2026.',
      'PARTICIPANT AGREED TO JOB SEARCH 20 HOURS A WEEK AND GED CLASSES ON',
      'TUESDAY AND THURSDAY.',
    ]);
    expect(r.lines.every((l) => l.length <= 72)).toBe(true);
    expect(r.fits).toBe(true);
    expect(r.badChars).toEqual([]);
  });

  it('fills a line to exactly 72 characters and no further', () => {
    const word = 'ABCDEFGH'; // 8 letters + space: 8 words make 71 characters
    const exact = `${Array(8).fill(word).join(' ')} X`; // 71 + 2 = 73 -> X wraps
    expect(fitText(exact, tracs).lines).toEqual([Array(8).fill(word).join(' '), 'X']);
    const seventyTwo = 'A'.repeat(72);
    expect(fitText(`${seventyTwo} B`, tracs).lines).toEqual([seventyTwo, 'B']);
  });

  it('hard-splits a word longer than a line at the line width', () => {
    const long = 'X'.repeat(150);
    const r = fitText(`See ${long} end`, tracs);
    expect(r.lines).toEqual(['SEE', 'X'.repeat(72), 'X'.repeat(72), 'XXXXXX END']);
  });

  it('keeps a line break between sections and collapses runs of spaces and tabs', () => {
    expect(fitText('Line one.\nLine   two\twith tab.', tracs).lines).toEqual(['LINE ONE.', 'LINE TWO WITH TAB.']);
    expect(fitText('a\r\nb\rc', tracs).lines).toEqual(['A', 'B', 'C']);
  });

  it('keeps a paragraph break as one blank line when there is room, and drops blank lines first when there is not', () => {
    expect(fitText('First.\n\n\n\nSecond.\n\n', tracs).lines).toEqual(['FIRST.', '', 'SECOND.']);
    const paragraphs = Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n'); // 7 lines + 6 blanks = 13 > 12
    const r = fitText(paragraphs, tracs);
    expect(r.lines).toEqual(Array.from({ length: 7 }, (_, i) => `PARAGRAPH ${i + 1}.`));
    expect(r.droppedBlankLines).toBe(6);
    expect(r.fits).toBe(true);
  });

  it('reports overflow without dropping any text', () => {
    const text = Array.from({ length: 14 }, (_, i) => `Line ${i + 1}`).join('\n');
    const r = fitText(text, tracs);
    expect(r.fits).toBe(false);
    expect(r.lines).toHaveLength(14);
    expect(r.lines[13]).toBe('LINE 14');
    expect(r.overflow).toEqual({ lines: 14, limit: 12, start: text.indexOf('Line 13') });
  });

  it('replaces typographic characters with accepted ones and reports them', () => {
    const text = 'Client’s “plan” – done… José';
    const r = fitText(text, tracs);
    expect(r.lines).toEqual([`CLIENT'S "PLAN" - DONE... JOSE`]);
    expect(r.replaced.map((x) => [x.from, x.to, x.index])).toEqual([
      ['’', "'", 6],
      ['“', '"', 9],
      ['”', '"', 14],
      ['–', '-', 16],
      ['…', '...', 22],
      ['é', 'E', 27],
    ]);
    expect(r.badChars).toEqual([]);
  });

  it('reports characters the field does not take, with input index and line/column', () => {
    const text = 'Paid 50€ for\nboots 👢 today_now';
    const r = fitText(text, tracs);
    expect(r.badChars.map((b) => [b.char, b.index, b.line, b.column])).toEqual([
      ['€', 7, 0, 7],
      ['👢', 19, 1, 6],
      ['_', 27, 1, 13], // columns count characters: the boot is one
    ]);
    // Nothing is removed: the characters stay in the text for the worker to fix.
    expect(r.text).toBe('PAID 50€ FOR\nBOOTS 👢 TODAY_NOW');
  });
});

describe('other targets', () => {
  it('leaves case and characters alone when the target has no rules for them', () => {
    const clno = builtInKnowledge().profiles.find((p) => p.id === 'ak-cms-clno-entry')!.narrationTarget!;
    const r = fitText('Client’s plan – ok ☺', clno);
    expect(r.text).toBe('Client’s plan – ok ☺');
    expect(r.replaced).toEqual([]);
    expect(r.badChars).toEqual([]);
  });

  it('counts characters, not UTF-16 units, toward the width', () => {
    const r = fitText('😀😀😀 😀😀', { lineWidth: 5, lineCount: 2 });
    expect(r.lines).toEqual(['😀😀😀', '😀😀']);
  });

  it('upper-cases letters that grow (ß) without losing the source position', () => {
    const r = fitText('Straße ok', { lineWidth: 20, lineCount: 1, upperCase: true });
    expect(r.text).toBe('STRASSE OK');
  });
});

describe('properties', () => {
  it('never drops or reorders words, and never exceeds the width', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'B', '1', '.', '-', 'é'), minLength: 1, maxLength: 90 });
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\n\n', '\t')), { maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 80 }), (parts, width) => {
        const input = parts.map(([w, sep]) => w + sep).join('');
        const r = fitText(input, { lineWidth: width, lineCount: 5 });
        expect(r.lines.every((l) => [...l].length <= width)).toBe(true);
        expect(r.lines.join('').replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
      }),
    );
  });
});
