/**
 * The demo TN3270 host's two screens, from the demo's Oregon cases: the worker's caseload (CLST,
 * one line per case with name, program and next plan review) and a case's household with each
 * member's status (MBRS). Laid out as a 3270 application would be, column by column.
 */
import type { DemoState } from '../data/state';
import type { OregonCase } from '../data/types';
import type { Screen } from './datastream';

const PROGRAM_CODES: Record<OregonCase['program'], string> = {
  JOBS: 'JOBS', 'PRE-TANF': 'PTNF', 'POST-TANF': 'POST', REF: 'REF', SFPSS: 'SFPS', 'TA-DVS': 'TADV',
};
const REL: Record<string, string> = { HH: 'HEAD', SP: 'SPOUSE', CH: 'CHILD', OT: 'OTHER' };

export const PAGE_ROWS = 16;

const mmddyy = (iso?: string) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(2, 4)}` : '000000');
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(2, 4)}`;

function top(title: string, code: string, today: string): Screen['text'] {
  return [[1, 2, 'TRACS3270'], [1, 40 - Math.floor(title.length / 2), title], [1, 66, code], [1, 73, us(today)]];
}

const oregon = (state: DemoState) => state.cases.filter((c): c is OregonCase => c.state === 'OR');

/** The worker's caseload, a page at a time (PF8 forward, PF7 back). */
export function caseList(state: DemoState, page: number, message = ''): Screen {
  const cases = oregon(state);
  const pages = Math.max(1, Math.ceil(cases.length / PAGE_ROWS));
  const p = Math.min(Math.max(page, 0), pages - 1);
  const text: Screen['text'] = [...top('CASELOAD - WORKER FC0417', 'CLST', state.today), [2, 2, `PAGE ${p + 1} OF ${pages}`]];
  text.push([4, 2, 'CASE NO  NAME                 PROG  NEXT REVIEW']);
  cases.slice(p * PAGE_ROWS, (p + 1) * PAGE_ROWS).forEach((c, i) => {
    const head = c.members[0]!;
    const name = `${head.last}, ${head.first}`.slice(0, 20);
    text.push([5 + i, 2, c.caseNo], [5 + i, 11, name], [5 + i, 32, PROGRAM_CODES[c.program]], [5 + i, 38, mmddyy(c.plan.reviewDate)]);
  });
  if (message) text.push([23, 2, message]);
  text.push([22, 2, 'CASE NO:'], [24, 2, 'ENTER=MEMBERS  PF7=BACK  PF8=FORWARD  PF3=EXIT']);
  return { text, fields: [{ row: 22, col: 11, length: 7, name: 'case' }] };
}

/** A case's household: each member with date of birth, relationship and status on the case. */
export function members(state: DemoState, c: OregonCase): Screen {
  const text: Screen['text'] = [...top('HOUSEHOLD MEMBERS', 'MBRS', state.today)];
  text.push([3, 2, 'CASE NO:'], [3, 11, c.caseNo], [3, 21, 'PROGRAM:'], [3, 30, PROGRAM_CODES[c.program]]);
  text.push([5, 2, 'MBR LAST NAME       FIRST NAME     DOB     REL    STATUS']);
  c.members.slice(0, 12).forEach((m, i) => {
    const dob = /^\d{4}-\d{2}-\d{2}$/.test(m.dob) ? mmddyy(m.dob) : m.dob;
    text.push([6 + i, 2, m.no], [6 + i, 6, m.last.slice(0, 15)], [6 + i, 22, m.first.slice(0, 14)], [6 + i, 37, dob], [6 + i, 45, REL[m.rel] ?? m.rel], [6 + i, 52, m.status ?? 'ACTIVE']);
  });
  text.push([22, 2, 'CASE NO:'], [24, 2, 'ENTER=MEMBERS  PF3=CASELOAD']);
  return { text, fields: [{ row: 22, col: 11, length: 7, name: 'case' }] };
}
