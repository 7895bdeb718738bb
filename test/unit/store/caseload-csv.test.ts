import { describe, expect, it } from 'vitest';
import { caseloadCsv, csvCell } from '../../../lib/checklist/caseload-csv';
import type { CaseRecord } from '../../../lib/store/db';

const record: CaseRecord = {
  caseKey: 'OR:1000101', jurisdiction: 'OR', caseNumber: '1000101', program: 'JOBS',
  facts: { jurisdiction: 'OR', caseNumber: '1000101', narrations: [{ date: '2026-11-20', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN, "SIGNED"' }] },
  sources: {}, pending: {}, firstSeen: '', lastSeen: '2026-11-23T10:00:00.000Z', nextDue: '2026-11-25', overdue: 1, openFindings: 2, reviewedMonth: '', summaryAsOf: '2026-11-23',
};

describe('caseload CSV', () => {
  it('writes the chosen columns, dates as on screen', () => {
    expect(caseloadCsv([{ record }], ['caseNumber', 'program', 'nextDue', 'overdue'])).toBe('Case,Program,Next due,Overdue duties\r\n1000101,JOBS,11/25/2026,1\r\n');
  });

  it('leaves narration text out unless asked, and quotes it when asked', () => {
    expect(caseloadCsv([{ record }], ['caseNumber'])).not.toContain('TANF');
    expect(caseloadCsv([{ record }], ['lastNarration'])).toBe('Last narration text\r\n"11/20/2026 TANF FAMILY COACH DEVELOPED CASE PLAN, ""SIGNED"""\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
