/** Teach-a-screen suggestions: from a clicked value to locators that find it again. */
import { describe, expect, it } from 'vitest';
import { captureForTeaching, detectGrid, stableSelector, suggestRecognition, tokenAt } from '../../../lib/screen/teach';
import { readWithProfile, makeSnapshot } from '../../../lib/screen/read-screen';
import { ScreenProfileSchema } from '../../../lib/screen/profile-schema';
import { loadFixture, parseHtml } from '../helpers/dom';

describe('teach a screen', () => {
  it('prefers a stable name over generated ids in selectors', () => {
    const doc = parseHtml('<div id="ctl00_cph_8f3a2c"><table><tr><td><input id="cph_ctl00_x91" name="goal"></td></tr><tr><td><span>A</span><span>B</span></td></tr></table></div>');
    expect(stableSelector(doc.querySelector('input')!)).toBe('input[name="goal"]');
    expect(stableSelector(doc.querySelectorAll('span')[1]!)).toBe('div > table > tbody > tr:nth-of-type(2) > td > span:nth-of-type(2)');
  });

  it('finds a token on a green screen line', () => {
    const line = 'CASE NO: 1000101     PROGRAM: JOBS';
    const t = tokenAt(line, line.indexOf('1000101') + 3);
    expect(line.slice(t.start, t.end)).toBe('1000101');
  });

  it('captures an input on a 3270 screen with its label and grid position, and reads it back', () => {
    const doc = loadFixture('or-tracs-case-plan/1000101.html');
    const input = doc.querySelector('input[name=CMFLAG]')!;
    const grid = detectGrid(input);
    expect(grid).toEqual({ kind: 'pre', selector: 'pre.screen3270' });
    const capture = captureForTeaching({ element: input }, grid)!;
    expect(capture.raw).toBe('N');
    expect(capture.locators).toEqual([
      { label: 'CASE MGMT FLAG (Y/N)' },
      { grid: { row: 7, col: 52, length: 1 } },
      { selector: 'input[name="CMFLAG"]' },
    ]);
  });

  it('captures protected text on a 3270 screen through the caret position', () => {
    const doc = loadFixture('or-tracs-case-plan/1000101.html');
    const pre = doc.querySelector('pre')!;
    const node = Array.from(pre.childNodes).find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes('CASE NO:'))!;
    const capture = captureForTeaching({ node, offset: node.data.indexOf('1000101') + 2 }, { kind: 'pre', selector: 'pre.screen3270' })!;
    expect(capture.raw).toBe('1000101');
    expect(capture.locators[0]).toEqual({ label: 'CASE NO' });
    expect(capture.locators[1]).toEqual({ grid: { row: 4, col: 10, length: 7 } });
  });

  it('captures a table value with the label in the cell to its left', () => {
    const doc = loadFixture('me-aspire-participant/3000301.html');
    const cell = Array.from(doc.querySelectorAll('td')).find((td) => td.previousElementSibling?.textContent === 'Case Number')!;
    const capture = captureForTeaching({ element: cell })!;
    expect(capture).toMatchObject({ raw: '3000301', label: 'Case Number', locators: [{ label: 'Case Number' }, { selector: expect.any(String) }] });
  });

  it('suggests recognition text, and a profile built from captures reads the screen', () => {
    const doc = loadFixture('ak-cms-fssp/2000203.html');
    const match = suggestRecognition(doc);
    expect(match).toEqual([{ text: 'Family Self-Sufficiency Plan (FSSP)', selector: 'h2' }]);
    const goal = captureForTeaching({ element: doc.querySelector('input[name=goal]')! })!;
    const profile = ScreenProfileSchema.parse({
      schemaVersion: 2, id: 'taught-fssp', version: '1.0.0', title: 'Taught FSSP', jurisdiction: 'AK', system: 'CMS', screen: 'FSSP',
      citation: { policy: '003', section: 'All staff §7' },
      match: { all: match },
      fields: [{ key: 'goal', label: goal.label, fact: 'fssp.goal', parse: { type: 'text' }, from: goal.locators }],
    });
    const { read } = readWithProfile(doc, profile, makeSnapshot(doc, 'x'), { url: 'x', referenceYear: 2026 });
    expect(read!.fields[0]).toMatchObject({ status: 'ok', value: 'COMPLETE GED' });
  });

  it('recognises a terminal emulator grid (one span per cell) and its screen id on row 1', () => {
    const doc = loadFixture('ak-eis-referral/2000201.html');
    const span = doc.querySelector('#term .trow span')!;
    const grid = detectGrid(span);
    expect(grid).toEqual({ kind: 'rows', selector: '#term > div.trow' });
    expect(suggestRecognition(doc, grid)).toEqual([
      { text: 'EIS', at: { row: 1, col: 1 } },
      { text: 'DPAWS REFERRAL', at: { row: 1, col: 33 } },
    ]);
  });
});
