/**
 * The CMS Families First screen (003 Families First §1, §4, §5 and All staff §2, §8): the
 * additional documents with their dates, the last and next track review, appointments and the
 * referral history. Label/value pairs of <div>s whose labels hold no-break spaces (as this
 * module's page builder writes them), with an empty value <div> for a date not on file.
 */
import type { AlaskaCase } from '../../data/types';
import { esc } from '../html';
import { mmddyyyy } from '../screen3270';
import { id, shell } from './cms-screens';

/** "Family Network Completed" with the no-break spaces the page builder puts between words. */
const nb = (label: string) => esc(label).replace(/ /g, '&nbsp;');

function pair(label: string, iso: string | undefined): string {
  return `<div class="pair"><div class="lbl">${nb(label)}</div><div class="val">${esc(mmddyyyy(iso))}</div></div>`;
}

const DOCS = [
  ['weeklyCalendar', 'Calendar of Routines'],
  ['familyNetwork', 'Family Network'],
  ['familySupportTeam', 'Family Support Team'],
] as const;

export function familiesFirstScreen(c: AlaskaCase): string {
  const docs = DOCS.map(([k, name]) => `${pair(`${name} Completed`, c.ff?.[k]?.completed)}${pair(`${name} Updated`, c.ff?.[k]?.updated)}`).join('');
  const appts = (c.appointments ?? [])
    .map((a, i) => `<tr id="${id(`appt${i}`)}"><td>${esc(mmddyyyy(a.date))}</td><td>${esc(a.time)}</td><td>${esc(a.purpose)}</td><td>${esc(a.status)}</td></tr>`)
    .join('');
  const refs = (c.agencyReferrals ?? [])
    .map((r, i) => `<tr id="${id(`ref${i}`)}">${[mmddyyyy(r.date), r.agency, r.reason, mmddyyyy(r.followUp), mmddyyyy(r.followedUp)].map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`)
    .join('');
  return shell(
    'Families First',
    `<h2>Families First</h2>
<div class="ff-block" id="${id('ffDocs')}"><h3>Additional Documents</h3>${docs}</div>
<div class="ff-block" id="${id('ffTrack')}"><h3>Track Review</h3>${pair('Last Track Review', c.trackReview?.last)}${pair('Next Track Review', c.trackReview?.next)}</div>
<h3>Appointments</h3><table class="grid appts" id="${id('apptGrid')}"><thead><tr><th>Date</th><th>Time</th><th>Purpose</th><th>Status</th></tr></thead><tbody>${appts}</tbody></table>
<h3>Referral History</h3><table class="grid referrals" id="${id('refGrid')}"><thead><tr><th>Referred</th><th>Agency</th><th>Reason</th><th>Follow-up By</th><th>Followed Up</th></tr></thead><tbody>${refs}</tbody></table>`,
  );
}
