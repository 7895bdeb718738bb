import { describe, expect, it } from 'vitest';
import { cleanRaw, parseValue } from '../../../lib/screen/parse/parse-value';

const ctx = { referenceYear: 2026 };

describe('parseValue', () => {
  it('cleans 3270 padding: underscores, NULs, no-break spaces, runs of blanks', () => {
    expect(cleanRaw('  JOHN\u00a0 Q\u0000 ____')).toBe('JOHN Q');
  });

  it.each([
    ['Y', true], ['y', true], ['YES', true], ['X', true], ['N', false], ['no', false],
  ])('flag %s is %s', (raw, value) => {
    expect(parseValue(raw, { type: 'flag' }, ctx)).toEqual({ status: 'ok', value });
  });

  it('a flag that is neither yes nor no is unreadable, blank is empty', () => {
    expect(parseValue('Q', { type: 'flag' }, ctx)).toEqual({ status: 'unreadable', reason: "'Q' is not a yes/no flag" });
    expect(parseValue(' ', { type: 'flag' }, ctx)).toEqual({ status: 'empty' });
  });

  it.each([
    ['$1,650.00', 1650], ['1650', 1650], ['12.5', 12.5], ['$ 0.99', 0.99], ['-5.00', -5], ['5.00-', -5], ['25.00 CR', -25],
  ])('money %s is %s', (raw, value) => {
    expect(parseValue(raw, { type: 'money' }, ctx)).toEqual({ status: 'ok', value });
  });

  it('money that is not money is unreadable', () => {
    expect(parseValue('1,65', { type: 'money' }, ctx).status).toBe('unreadable');
    expect(parseValue('about $20', { type: 'money' }, ctx).status).toBe('unreadable');
  });

  it('numbers, whole numbers', () => {
    expect(parseValue('1,024', { type: 'number' }, ctx)).toEqual({ status: 'ok', value: 1024 });
    expect(parseValue('32.5', { type: 'number', integer: true }, ctx)).toEqual({ status: 'unreadable', reason: "'32.5' is not a whole number" });
  });

  it('codes go through their lookup table; unknown codes are reported with the known ones', () => {
    const spec = { type: 'code' as const, table: { HH: 'parent', CH: 'child' } };
    expect(parseValue('hh', spec, ctx)).toEqual({ status: 'ok', value: 'parent' });
    expect(parseValue('ZZ', spec, ctx)).toEqual({ status: 'unreadable', reason: "'ZZ' is not a known code (HH, CH)" });
    // Object prototype names are not codes.
    expect(parseValue('constructor', spec, ctx).status).toBe('unreadable');
  });

  it('months read as YYYY-MM', () => {
    expect(parseValue('10/2026', { type: 'month' }, ctx)).toEqual({ status: 'ok', value: '2026-10' });
    expect(parseValue('2026-10', { type: 'month' }, ctx)).toEqual({ status: 'ok', value: '2026-10' });
    expect(parseValue('13/2026', { type: 'month' }, ctx).status).toBe('unreadable');
  });

  it('text stays text: markup and template syntax are not interpreted', () => {
    const hostile = '<img src=x onerror=alert(1)> {{caseNumber}}';
    expect(parseValue(hostile, { type: 'text' }, ctx)).toEqual({ status: 'ok', value: hostile });
    expect(parseValue('smith', { type: 'text', upper: true }, ctx)).toEqual({ status: 'ok', value: 'SMITH' });
  });
});
