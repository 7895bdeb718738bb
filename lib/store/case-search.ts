/**
 * What a worker types in the caseload's case search. Workers write case numbers the way the
 * panel and their notes show them, with the state in front ("OR 1000101", "AK:2000201",
 * "me3000302"), or the number alone. The state prefix is read as a filter, with or without a
 * space or colon; the rest is a case-number prefix.
 */
import { JurisdictionSchema, type Jurisdiction } from '../facts/case-facts';

export interface CaseSearch {
  /** Case-number prefix (upper case), searched within `jurisdiction` when one was typed. */
  number: string;
  jurisdiction?: Jurisdiction;
  /**
   * The whole text as a case-number prefix too, when the prefix had no separator: a case
   * number may itself start with letters (case numbers are A-Z, 0-9 and dashes), so "ME12"
   * finds both Maine case 12… and a case numbered ME12….
   */
  alsoNumber?: string;
}

const PREFIXED = /^([A-Za-z]{2})(\s*:\s*|\s+)?([A-Za-z0-9-]*)$/;

export function parseCaseSearch(text: string): CaseSearch | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const m = PREFIXED.exec(trimmed);
  const state = m ? JurisdictionSchema.safeParse(m[1]!.toUpperCase()) : undefined;
  if (m && state?.success && (m[2] !== undefined || /^\d/.test(m[3]!))) {
    const number = m[3]!.toUpperCase();
    return m[2] === undefined ? { number, jurisdiction: state.data, alsoNumber: trimmed.toUpperCase() } : { number, jurisdiction: state.data };
  }
  return { number: trimmed.replace(/\s+/g, '').toUpperCase() };
}

/** Whether a caseload row matches the search. */
export function matchesCaseSearch(row: { jurisdiction: string; caseNumber: string }, search: CaseSearch): boolean {
  const number = row.caseNumber.toUpperCase();
  if (search.alsoNumber && number.startsWith(search.alsoNumber)) return true;
  return (!search.jurisdiction || row.jurisdiction === search.jurisdiction) && number.startsWith(search.number);
}
