/**
 * A case manager's caseload in CMS: one row per case (case number, client, track, last and
 * next track review), the demo's Alaska cases first and synthetic ones after them up to the
 * rows asked for (1000 by default), as a worker's caseload report shows it. No case is opened
 * to list it.
 */
import { addDays } from '../../../lib/dates/date-math';
import type { AlaskaCase } from '../../data/types';
import { esc, page } from '../html';
import { mmddyyyy } from '../screen3270';

export const CASELOAD_ROWS = 1000;

interface Row {
  caseNo: string;
  client: string;
  track: 'WF' | 'FF';
  last?: string;
  next?: string;
  link?: string;
}

const FIRST = ['ALEX', 'BAILEY', 'CASEY', 'DREW', 'ELLIS', 'FRANKIE', 'HAYDEN', 'JESSIE', 'KAI', 'LANE', 'MARLEY', 'NOEL', 'OAKLEY', 'PAYTON', 'RILEY', 'SKYLER'];
const LAST = ['SAMPLE', 'EXAMPLE', 'TESTER', 'DEMOS', 'FICTION', 'MOCKLEY', 'PLACEHOLD', 'SYNTHE', 'MADEUP', 'NOTREAL'];

/** The demo's own cases, then synthetic ones (case numbers 2100001 up) to `rows` rows. */
export function caseloadRows(cases: AlaskaCase[], today: string, rows = CASELOAD_ROWS): Row[] {
  const own: Row[] = cases.map((c) => ({ caseNo: c.caseNo, client: `${c.client.last}, ${c.client.first}`, track: c.track, last: c.trackReview?.last, next: c.trackReview?.next, link: `/eis/?case=${c.caseNo}` }));
  const filler = Array.from({ length: Math.max(0, rows - own.length) }, (_, i): Row => {
    const ff = i % 3 === 0;
    return {
      caseNo: String(2100001 + i),
      client: `${LAST[i % LAST.length]}, ${FIRST[(i * 7) % FIRST.length]}`,
      track: ff ? 'FF' : 'WF',
      ...(ff ? { last: addDays(today, -((i % 27) + 1)), next: addDays(today, 28 - ((i % 27) + 1)) } : {}),
    };
  });
  return [...own, ...filler].slice(0, rows);
}

export function caseloadScreen(cases: AlaskaCase[], today: string, rows = CASELOAD_ROWS): string {
  const body = caseloadRows(cases, today, rows)
    .map((r) => {
      const no = r.link ? `<a href="${esc(r.link)}">${esc(r.caseNo)}</a>` : esc(r.caseNo);
      return `<tr><td>${no}</td><td>${esc(r.client)}</td><td>${r.track === 'FF' ? 'Families First' : 'Work First'}</td><td>${esc(mmddyyyy(r.last))}</td><td>${esc(mmddyyyy(r.next))}</td></tr>`;
    })
    .join('');
  return page(
    'CMS - Caseload (DEMO, synthetic data)',
    `<div class="cms"><h2>Caseload</h2><p class="hint">Case Manager: J. NORTHWIND &middot; ${rows} cases</p>
<table class="grid caseload"><thead><tr><th scope="col">Case #</th><th scope="col">Client</th><th scope="col">Track</th><th scope="col">Last Track Review</th><th scope="col">Next Track Review</th></tr></thead><tbody>${body}</tbody></table></div>`,
    { bodyAttrs: 'class="cms-body"' },
  );
}
