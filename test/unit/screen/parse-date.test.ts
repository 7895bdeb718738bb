import { describe, expect, it } from 'vitest';
import { expandYear, parseLegacyDate } from '../../../lib/screen/parse/parse-date';

const past = { twoDigitYear: 'past' as const, referenceYear: 2026 };
const sliding = { twoDigitYear: 'sliding' as const, referenceYear: 2026 };

describe('parseLegacyDate', () => {
  it.each([
    ['112326', ['MMDDYY'], '2026-11-23'],
    ['11/23/26', ['MM/DD/YY'], '2026-11-23'],
    ['1/5/26', ['MM/DD/YY'], '2026-01-05'],
    ['11/23/2026', ['MM/DD/YYYY'], '2026-11-23'],
    ['20261123', ['CCYYMMDD'], '2026-11-23'],
    ['2026-11-23', ['YYYY-MM-DD'], '2026-11-23'],
    ['022928', ['MMDDYY'], '2028-02-29'],
  ] as const)('%s (%s) is %s', (raw, formats, iso) => {
    expect(parseLegacyDate(raw, formats, sliding)).toEqual({ kind: 'date', value: iso });
  });

  it.each(['', '   ', '000000', '00/00/00', '00/00/0000', '  /  /  ', '______'])('%j means no date', (raw) => {
    expect(parseLegacyDate(raw, ['MMDDYY', 'MM/DD/YY', 'MM/DD/YYYY'], sliding)).toEqual({ kind: 'empty' });
  });

  it('names the impossible day of a garbage date', () => {
    const r = parseLegacyDate('13/45/99', ['MM/DD/YY'], past);
    expect(r).toEqual({ kind: 'invalid', reason: "'13/45/99' is not a date (no day 45 in month 13 of 1999)" });
  });

  it('rejects Feb 29 in a common year and text in a date field', () => {
    expect(parseLegacyDate('022927', ['MMDDYY'], sliding).kind).toBe('invalid');
    expect(parseLegacyDate('<b>11/23/26</b>', ['MM/DD/YY'], sliding)).toEqual({
      kind: 'invalid',
      reason: "'<b>11/23/26</b>' is not a date (expected MM/DD/YY)",
    });
  });

  it('tries formats in order', () => {
    expect(parseLegacyDate('11/23/2026', ['MM/DD/YY', 'MM/DD/YYYY'], sliding)).toEqual({ kind: 'date', value: '2026-11-23' });
  });
});

describe('two-digit years', () => {
  it('"past" never lands after the reference year (birth dates)', () => {
    expect(expandYear(12, 'past', 2026)).toBe(2012);
    expect(expandYear(26, 'past', 2026)).toBe(2026);
    expect(expandYear(27, 'past', 2026)).toBe(1927);
    expect(expandYear(99, 'past', 2026)).toBe(1999);
  });
  it('"sliding" stays within 50 years of the reference year', () => {
    expect(expandYear(27, 'sliding', 2026)).toBe(2027);
    expect(expandYear(76, 'sliding', 2026)).toBe(2076);
    expect(expandYear(77, 'sliding', 2026)).toBe(1977);
  });
  it('a numeric pivot splits the century like COBOL programs did', () => {
    expect(expandYear(39, 40, 2026)).toBe(2039);
    expect(expandYear(40, 40, 2026)).toBe(1940);
  });
});
