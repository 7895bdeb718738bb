/** Maine ASPIRE-like screens: label/value tables (th/td), a participant summary and the Family Contract Amendment. */
import type { MaineCase } from '../../data/types';
import { esc, page } from '../html';
import { mmddyyyy } from '../screen3270';

const nav = (c: MaineCase) =>
  `<div class="aspire-nav"><a href="/aspire/participant?case=${esc(c.caseNo)}">Participant Summary</a> | <a href="/aspire/fca?case=${esc(c.caseNo)}">Family Contract Amendment</a> | <a href="/aspire/activities?case=${esc(c.caseNo)}">Activities</a> | <a href="/aspire/">Caseload</a></div>`;

const shell = (title: string, body: string) =>
  page(`ASPIRE - ${title}`, `<div class="aspire"><div class="aspire-banner">ASPIRE-TANF &middot; Maine DHHS (DEMO, synthetic data)</div>${body}</div>`, { bodyAttrs: 'class="aspire-body"' });

export function aspireCaseload(cases: MaineCase[]): string {
  const rows = cases.map((c) => `<tr><td><a href="/aspire/participant?case=${esc(c.caseNo)}">${esc(c.caseNo)}</a></td><td>${esc(`${c.participant.last}, ${c.participant.first}`)}</td></tr>`).join('');
  return shell('Caseload', `<h1>Caseload</h1><table class="grid"><tr><th>Case</th><th>Participant</th></tr>${rows}</table>`);
}

export function participantSummary(c: MaineCase): string {
  return shell(
    'Participant Summary',
    `${nav(c)}<h1>Participant Summary</h1>
<table class="kv" summary="Participant"><tbody>
<tr><th scope="row">Case Number</th><td>${esc(c.caseNo)}</td></tr>
<tr><th scope="row">Participant</th><td>${esc(`${c.participant.first} ${c.participant.last}`)}</td></tr>
<tr><th scope="row">Date of Birth</th><td>${esc(mmddyyyy(c.participant.dob))}</td></tr>
<tr><th scope="row">Case Manager</th><td>${esc(c.caseManager)}</td></tr>
<tr><th scope="row">Assessment Completed</th><td>${esc(mmddyyyy(c.assessmentDate))}</td></tr>
<tr><th scope="row">Employment Plan Date</th><td>${esc(mmddyyyy(c.employmentPlanDate))}</td></tr>
</tbody></table>`,
  );
}

export function familyContractAmendment(c: MaineCase, today: string, message = ''): string {
  const rows = c.amendments
    .map((a) => `<tr><td>${a.no}</td><td>${esc(mmddyyyy(a.date))}</td><td>${esc(a.action)}</td><td>${a.participantSigned}</td><td>${a.departmentSigned}</td></tr>`)
    .join('');
  return shell(
    'Family Contract Amendment',
    `${nav(c)}<h1>Family Contract Amendment</h1>${message ? `<p class="msg">${esc(message)}</p>` : ''}
<table class="kv"><tr><th scope="row">Case Number</th><td>${esc(c.caseNo)}</td></tr></table>
<table class="grid" id="fcaList"><thead><tr><th>No.</th><th>Date</th><th>Action</th><th>Participant Signed</th><th>Department Signed</th></tr></thead><tbody>${rows}</tbody></table>
<h2>New amendment</h2>
<form method="post" action="/aspire/fca?case=${esc(c.caseNo)}"><table class="kv">
<tr><th scope="row"><label for="fcaDate">Amendment Date</label></th><td><input id="fcaDate" name="date" value="${esc(mmddyyyy(today))}" size="10"></td></tr>
<tr><th scope="row"><label for="fcaAction">Action</label></th><td><input id="fcaAction" name="action" size="60"></td></tr>
<tr><th scope="row"><label for="fcaNote">Note</label></th><td><textarea id="fcaNote" name="note" rows="5" cols="70"></textarea></td></tr>
<tr><th scope="row"><label for="fcaPart">Participant Signed</label></th><td><select id="fcaPart" name="participantSigned"><option>N</option><option>Y</option></select></td></tr>
<tr><th scope="row"><label for="fcaDept">Department Signed</label></th><td><select id="fcaDept" name="departmentSigned"><option>N</option><option>Y</option></select></td></tr>
</table><p><input type="submit" value="Save amendment"></p></form>`,
  );
}

/** An ASPIRE screen no built-in profile knows: the one the teach-a-screen demo starts from. */
export function participantActivities(c: MaineCase): string {
  return shell(
    'Participant Activities',
    `${nav(c)}<h1>Participant Activities</h1>
<div class="activities"><div class="pair"><span class="k">Case</span> <span class="v" id="actCase">${esc(c.caseNo)}</span></div>
<div class="pair"><span class="k">Plan signed</span> <span class="v">${esc(mmddyyyy(c.employmentPlanDate) || 'NOT YET')}</span></div>
<div class="pair"><span class="k">Weekly hours</span> <span class="v">20</span></div></div>`,
  );
}
