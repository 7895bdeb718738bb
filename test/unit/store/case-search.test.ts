import { describe, expect, it } from 'vitest';
import { matchesCaseSearch, parseCaseSearch } from '../../../lib/store/case-search';

describe('case search text', () => {
  it.each([
    ['1000101', { number: '1000101' }],
    ['  10001 ', { number: '10001' }],
    ['OR 1000101', { number: '1000101', jurisdiction: 'OR' }],
    ['or:1000101', { number: '1000101', jurisdiction: 'OR' }],
    ['AK : 2000201', { number: '2000201', jurisdiction: 'AK' }],
    ['OR:', { number: '', jurisdiction: 'OR' }],
    ['OR', { number: 'OR' }],
    ['ME3000302', { number: '3000302', jurisdiction: 'ME', alsoNumber: 'ME3000302' }],
    ['ORX1', { number: 'ORX1' }],
    ['TX 12', { number: 'TX12' }],
  ])('%j', (text, expected) => {
    expect(parseCaseSearch(text)).toEqual(expected);
  });

  it('finds nothing to search for in blank text', () => {
    expect(parseCaseSearch('   ')).toBeUndefined();
  });

  it('a state prefix filters by state; without a separator the whole text may also be a case number', () => {
    const or = { jurisdiction: 'OR', caseNumber: '1000101' };
    const ak = { jurisdiction: 'AK', caseNumber: '1000101' };
    const lettered = { jurisdiction: 'AK', caseNumber: 'OR1000101' };
    const s = parseCaseSearch('OR 1000101')!;
    expect([or, ak, lettered].map((r) => matchesCaseSearch(r, s))).toEqual([true, false, false]);
    const joined = parseCaseSearch('or1000101')!;
    expect([or, ak, lettered].map((r) => matchesCaseSearch(r, joined))).toEqual([true, false, true]);
  });
});
