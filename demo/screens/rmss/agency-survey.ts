/**
 * An agency's own time-study web form, in its own words and field names (ACTCAT, CASETYPE,
 * CASENO1..3, ELIGACT, NONELIGACT, REMARKS) and its own option values: the same moment survey
 * as RMSS, on a form CaseLens knows only through a profile the agency imports.
 */
import { esc, page } from '../html';

export const AGENCY_FORM_OPTIONS = {
  ACTCAT: [['EL', 'Eligibility'], ['SS', 'Self-Sufficiency'], ['CW', 'Child Welfare'], ['GA', 'General Administration']],
  CASETYPE: [['NCS', 'Not about one case'], ['CS', 'About a specific case or client']],
  ELIGACT: [['', '(none)'], ['INT', 'Intake'], ['REDET', 'Redetermination'], ['MAINT', 'Case maintenance']],
  NONELIGACT: [['', '(none)'], ['OUT', 'Outreach'], ['REF', 'Referral to non-Medicaid services'], ['TCM', 'Adult/Teen Case Management - TCM certified'], ['CMN', 'Case management - not TCM certified']],
} as const;

const radios = (name: string, options: ReadonlyArray<readonly [string, string]>) =>
  options.map(([v, l]) => `<label><input type="radio" name="${name}" value="${esc(v)}"> ${esc(l)}</label>`).join('<br>');
const select = (name: string, label: string, options: ReadonlyArray<readonly [string, string]>) =>
  `<label for="${name}">${esc(label)}</label> <select id="${name}" name="${name}">${options.map(([v, l]) => `<option value="${esc(v)}">${esc(l)}</option>`).join('')}</select>`;

export function agencySurvey(sampledAt: string, message = ''): string {
  return page(
    'DHS Time Study (DEMO agency form)',
    `<div class="rmss"><h1>Employee Time Study</h1><p>Sampled moment: ${esc(sampledAt)} &middot; DEMO agency form, synthetic data</p>
${message ? `<p class="msg" role="status">${esc(message)}</p>` : ''}
<form method="post" action="/agency/time-study" id="tsForm">
<fieldset><legend>What kind of work were you doing?</legend>${radios('ACTCAT', AGENCY_FORM_OPTIONS.ACTCAT)}</fieldset>
<fieldset><legend>Was it about one case?</legend>${radios('CASETYPE', AGENCY_FORM_OPTIONS.CASETYPE)}</fieldset>
<fieldset><legend>Case numbers</legend><input name="CASENO1" size="12" aria-label="Case number 1"> <input name="CASENO2" size="12" aria-label="Case number 2"> <input name="CASENO3" size="12" aria-label="Case number 3"></fieldset>
<fieldset><legend>Eligibility work</legend>${select('ELIGACT', 'Eligibility activity', AGENCY_FORM_OPTIONS.ELIGACT)}</fieldset>
<fieldset><legend>Other work</legend>${select('NONELIGACT', 'Other activity', AGENCY_FORM_OPTIONS.NONELIGACT)}</fieldset>
<p><label for="REMARKS">Remarks (no client names or numbers)</label><br><textarea id="REMARKS" name="REMARKS" rows="3" cols="60"></textarea></p>
<p><input type="submit" value="Send"></p></form></div>`,
  );
}
