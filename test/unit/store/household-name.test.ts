import { describe, expect, it } from 'vitest';
import { householdName } from '../../../lib/store/household-name';
import { summaryOf, type CaseRecord } from '../../../lib/store/db';

describe('household name for the caseload', () => {
  it('is the first parent, else the first member with a name, as the screen wrote it', () => {
    expect(householdName([{ memberId: '02', firstName: 'ELI', lastName: 'RIVERA', role: 'child' }, { memberId: '01', firstName: 'ANA', lastName: 'RIVERA', role: 'parent' }])).toBe('ANA RIVERA');
    expect(householdName([{ memberId: '01', role: 'parent' }, { memberId: '02', lastName: 'NGUYEN', role: 'child' }])).toBe('NGUYEN');
    expect(householdName([{ memberId: '01', firstName: ' ', role: 'parent' }])).toBeUndefined();
    expect(householdName(undefined)).toBeUndefined();
  });

  it('travels with the caseload row, and is absent when the screens gave none', () => {
    const record = { caseKey: 'OR:1', jurisdiction: 'OR', caseNumber: '1', facts: { jurisdiction: 'OR', caseNumber: '1', household: [{ memberId: '01', firstName: 'ANA', lastName: 'RIVERA', role: 'parent' }] } } as unknown as CaseRecord;
    expect(summaryOf(record).householdName).toBe('ANA RIVERA');
    expect('householdName' in summaryOf({ ...record, facts: { jurisdiction: 'OR', caseNumber: '1' } })).toBe(false);
  });
});
