/**
 * The caseload as CSV for supervisor QA: the columns the supervisor picks, one case a row.
 * Narration text is left out unless asked for. Cells that a spreadsheet would run as a formula
 * are defused (CSV injection).
 */
import { formatUs, isIsoDate } from '../dates/iso-date';
import type { CaseRecord } from '../store/db';
import type { Evaluation } from '../rules/evaluate';
import { NO_DUE } from '../store/case-service';

export const CSV_COLUMNS = {
  caseNumber: 'Case',
  jurisdiction: 'State',
  program: 'Program',
  track: 'Track',
  nextDue: 'Next due',
  overdue: 'Overdue duties',
  openFindings: 'Open findings',
  openDuties: 'Open duties (due date)',
  reviewedMonth: 'Reviewed (month)',
  lastSeen: 'Last seen',
  lastNarration: 'Last narration text',
} as const;
export type CsvColumn = keyof typeof CSV_COLUMNS;

export const DEFAULT_CSV_COLUMNS: CsvColumn[] = ['caseNumber', 'jurisdiction', 'program', 'track', 'nextDue', 'overdue', 'openFindings', 'openDuties', 'reviewedMonth'];

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(column: CsvColumn, r: CaseRecord, evaluation: Evaluation | undefined): string {
  switch (column) {
    case 'nextDue':
      return r.nextDue === NO_DUE ? '' : formatUs(r.nextDue);
    case 'overdue':
    case 'openFindings':
      return String(r[column]);
    case 'lastSeen':
      return r.lastSeen.slice(0, 10);
    case 'openDuties':
      return (evaluation?.checklist ?? [])
        .filter((i) => ['overdue', 'due-soon', 'open', 'action-needed'].includes(i.status))
        .map((i) => `${i.duty}${i.due ? ` (${formatUs(i.due)})` : ''}`)
        .join('; ');
    case 'lastNarration': {
      const last = [...(r.facts.narrations ?? [])].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      return last ? `${formatUs(last.date)} ${last.text}` : '';
    }
    default: {
      const v = r[column as 'caseNumber' | 'jurisdiction' | 'program' | 'track' | 'reviewedMonth'] ?? '';
      return isIsoDate(v) ? formatUs(v) : v;
    }
  }
}

export function caseloadCsv(rows: ReadonlyArray<{ record: CaseRecord; evaluation?: Evaluation }>, columns: readonly CsvColumn[]): string {
  const header = columns.map((c) => csvCell(CSV_COLUMNS[c])).join(',');
  const lines = rows.map(({ record, evaluation }) => columns.map((c) => csvCell(cell(c, record, evaluation))).join(','));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
