/** Teach mode by keyboard stops at each value a click would capture, in reading order. */
import { describe, expect, it } from 'vitest';
import { teachStops } from '../../../lib/screen/teach-stops';
import { captureForTeaching } from '../../../lib/screen/teach';
import { loadFixture, parseHtml } from '../helpers/dom';

describe('teachStops', () => {
  it('a 3270 screen: each field value on its own, labels and values apart, inputs too', () => {
    const doc = parseHtml('<pre class="screen3270">CASE NO: 1000101   NAME: ANA RIVERA\nPLAN DATE: 11/02/2026  CM FLAG: <input name="CMFLAG" value="N" size="1"></pre>');
    const stops = teachStops(doc).map((s) => s.text);
    expect(stops).toEqual(expect.arrayContaining(['1000101', 'ANA RIVERA', '11/02/2026', 'N']));
    expect(stops.indexOf('1000101')).toBeLessThan(stops.indexOf('11/02/2026'));
    expect(stops.some((s) => s.includes(': '))).toBe(false);
  });

  it('a stop captures what a click there would: the value, with a way to find it again', () => {
    const doc = loadFixture('or-tracs-case-plan/1000101.html');
    const stop = teachStops(doc).find((s) => s.text === '1000101')!;
    const capture = captureForTeaching(stop.hit, { kind: 'pre', selector: 'pre.screen3270' });
    expect(capture?.raw).toBe('1000101');
    expect(capture?.locators.length).toBeGreaterThan(0);
  });

  it('a terminal painting one span per cell: the runs of its rows, not one stop per letter', () => {
    const row = (text: string) => `<div class="trow">${[...text.padEnd(30)].map((c) => `<span>${c === ' ' ? '\u00a0' : c}</span>`).join('')}</div>`;
    const doc = parseHtml(`<div id="term">${['EIS     TA CASE STATUS', 'CASE: 2000210   WF', ...Array.from({ length: 10 }, () => '')].map(row).join('')}</div>`);
    const stops = teachStops(doc).map((s) => s.text);
    expect(stops).toEqual(expect.arrayContaining(['EIS', 'TA CASE STATUS', '2000210', 'WF']));
    expect(stops.length).toBeLessThan(10);
  });
});
