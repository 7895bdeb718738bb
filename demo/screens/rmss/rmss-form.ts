/**
 * The RMSS survey web form as the demo serves it. Options cited by policy 000 carry its exact
 * wording; the others stand in for the rest of a real form and are not policy.
 */
import { esc, page } from '../html';

export const RMSS_FORM_OPTIONS = {
  s1: [
    ['1.A.1', 'Eligibility (demo option)'],
    ['1.A.2', 'Self-Sufficiency'],
    ['1.A.3', 'Child Welfare (demo option)'],
    ['1.A.4', 'General Administration (demo option)'],
  ],
  s2: [
    ['2.A.1', 'Non-Case Specific (demo option)'],
    ['2.A.2', 'Case Specific (activity pertained to a specific case/client)'],
  ],
  s3: [
    ['3.A.1', 'Intake / Initial Eligibility Determination (demo option)'],
    ['3.A.2', 'Redetermination / Re-Eligibility (demo option)'],
    ['3.A.3', 'Eligibility Case Maintenance (demo option)'],
  ],
  s4: [
    ['4.A.1', 'Outreach (demo option)'],
    ['4.A.2', 'Referral to Non-Medicaid Services (demo option)'],
    ['4.A.5', 'Program Training (demo option)'],
    ['4.A.8', 'Adult/Teen Case Management (Medicaid & TANF Eligible) – TCM Certified staff (Case Managers)'],
    ['4.A.9', 'Case Management – Not TCM Certified (demo option)'],
    ['4.A.12', 'Paid Leave / Not Working (demo option)'],
  ],
} as const;

function radios(name: string, legend: string, options: ReadonlyArray<readonly [string, string]>, section: string): string {
  const items = options
    .map(([code, label]) => `<div class="opt"><input type="radio" id="${name}_${code}" name="${name}" value="${code}"> <label for="${name}_${code}">${esc(code)} ${esc(label)}</label></div>`)
    .join('');
  return `<fieldset class="rmss-section" data-section="${section}"><legend>${esc(legend)}</legend>${items}</fieldset>`;
}

export function rmssSurvey(surveyId: string, sampledAt: string, message = ''): string {
  return page(
    'RMSS Survey (DEMO)',
    `<div class="rmss"><h1>Random Moment Sample System (RMSS) Survey</h1>
<p class="rmss-meta">Survey ID: <span id="surveyId">${esc(surveyId)}</span> &middot; Sampled moment: <span id="sampledAt">${esc(sampledAt)}</span> &middot; DEMO form, synthetic data</p>
${message ? `<p class="msg" role="status">${esc(message)}</p>` : ''}
<form method="post" action="/rmss/survey?id=${esc(surveyId)}" id="rmssForm">
<h2>Section 1 – Activity Category</h2>${radios('s1', '1.A Program Activity', RMSS_FORM_OPTIONS.s1, '1')}
<h2>Section 2 – Client Identification</h2>${radios('s2', '2.A Case Type Selection', RMSS_FORM_OPTIONS.s2, '2')}
<fieldset class="rmss-section" data-section="2-case"><legend>Case Type/Number (enter ONE relevant case identifier(s))</legend>
<label for="caseId1">Case identifier 1</label> <input id="caseId1" name="caseId1" size="14">
<label for="caseId2">Case identifier 2</label> <input id="caseId2" name="caseId2" size="14">
<label for="caseId3">Case identifier 3</label> <input id="caseId3" name="caseId3" size="14"></fieldset>
<h2>Section 3 – Employee Activity – Eligibility/Re-Eligibility</h2>${radios('s3', '3.A Eligibility activity', RMSS_FORM_OPTIONS.s3, '3')}
<h2>Section 4 – Employee Activity – All Non-Eligibility/Non-Re-Eligibility</h2>${radios('s4', '4.A Activity', RMSS_FORM_OPTIONS.s4, '4')}
<h2>Comment</h2><label for="comment">Describe the activity (no client names or identifiers)</label><br><textarea id="comment" name="comment" rows="4" cols="70"></textarea>
<p><input type="submit" value="Submit survey"></p></form></div>`,
    { bodyAttrs: 'class="rmss-body"' },
  );
}
