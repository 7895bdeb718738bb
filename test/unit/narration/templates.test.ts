/** Behaviour of individual templates, checked against what their policy text asks for. */
import { describe, expect, it } from 'vitest';
import { fitText } from '../../../lib/narration/wrap';
import { run, template } from './helpers';

const tracs = (text: string) => fitText(text, { lineWidth: 72, lineCount: 12, upperCase: true }).lines;

describe('Oregon TRACS narration', () => {
  it("'or-case-plan-developed' narrates the contact and the plan, and names the TCM service", () => {
    const { rendered, issues } = run('or-case-plan-developed', template('or-case-plan-developed').example);
    expect(tracs(rendered.text)).toEqual([
      'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT ON 03/02/2026.',
      'CONTACT WITH PARTICIPANT IN PERSON ON 03/02/2026.',
      'ACTIVITIES: JOB SEARCH 20 HOURS A WEEK; GED CLASSES TUESDAY AND',
      'THURSDAY.',
      'SUPPORT SERVICES: BUS PASS AND CHILD CARE.',
      'PLAN REVIEW DATE: 06/02/2026',
      'PARTICIPANT SIGNED THE PLAN AND WAS GIVEN A COPY.',
    ]);
    expect(issues.filter((i) => i.rule === 'tcm-service-not-named')).toEqual([]);
    expect(rendered.reminders[0]!.text).toContain('case management flag');
  });

  it("'or-case-plan-developed' takes the plan date, review date and signature from the TRACS case plan screen", () => {
    const facts = { casePlan: { planDate: '2026-02-27', reviewDate: '2026-05-27', signed: false } };
    const { rendered } = run('or-case-plan-developed', { action: 'updated', contactMethod: 'phone', activities: 'x' }, { facts });
    expect(rendered.fromScreen.map((f) => f.key)).toEqual(['planDate', 'reviewDate', 'signed']);
    expect(rendered.text).toContain('TANF family coach updated case plan with participant on 02/27/2026.');
    expect(rendered.missing.map((m) => m.key)).toEqual(['unsignedReason', 'explained']);
  });

  it("'or-case-plan-developed' refuses an unsigned plan that was not explained", () => {
    const answers = { ...template('or-case-plan-developed').example, signed: false, unsignedReason: 'Wants to think', explained: false };
    const { issues } = run('or-case-plan-developed', answers);
    expect(issues.find((i) => i.id === 'check:unsigned-not-explained')).toMatchObject({ severity: 'error' });
  });

  it("'or-case-plan-unsigned' says why and that an explanation was provided; JOBS plans stay in effect", () => {
    const { rendered, issues } = run('or-case-plan-unsigned', template('or-case-plan-unsigned').example);
    expect(tracs(rendered.text)).toEqual([
      'PARTICIPANT DID NOT SIGN THE CASE PLAN DATED 03/02/2026.',
      'REASON: PARTICIPANT WANTS TO TALK WITH HER PARTNER ABOUT THE SCHEDULE',
      'FIRST.',
      'PLAN EXPLAINED: AN EXPLANATION OF THE PLAN WAS PROVIDED TO THE',
      'PARTICIPANT: WENT OVER EACH ACTIVITY, THE SUPPORT SERVICES AND HOW TO',
      'REQUEST RE-ENGAGEMENT.',
      'THE JOBS PLAN IS IN EFFECT FOR CORE AND NONCORE ACTIVITIES BECAUSE IT',
      'WAS EXPLAINED.',
      'PARTICIPANT WAS GIVEN A COPY OF THE PLAN.',
    ]);
    expect(issues.every((i) => i.autoFix === 'wrap')).toBe(true);
    const edited = rendered.text.replace('An explanation of the plan was provided to the participant: ', '');
    expect(run('or-case-plan-unsigned', template('or-case-plan-unsigned').example, { text: edited }).issues.map((i) => i.id)).toContain('missing-element:explanation-provided');
  });

  it("'or-case-plan-unsigned' warns that TA-DVS plans need no signature, and reads the program from the screen", () => {
    const { rendered, issues } = run('or-case-plan-unsigned', { reason: 'x', explanation: 'y' }, { facts: { program: 'TA-DVS', casePlan: { planDate: '2026-03-02' } } });
    expect(rendered.values.program).toMatchObject({ value: 'TA-DVS', source: 'screen' });
    expect(issues.find((i) => i.id === 'check:ta-dvs-no-signature')).toMatchObject({ severity: 'warning' });
    expect(rendered.text).not.toContain('JOBS plan');
  });

  it("'or-re-engagement' records the disagreement and the opportunity provided", () => {
    const { rendered } = run('or-re-engagement', { disagreement: 'Wants training.', planChanged: false });
    expect(rendered.text).toBe(
      'Participant disagrees with the case plan and requested re-engagement on 03/10/2026.\nDisagreement: Wants training.\nCase plan not changed after re-engagement.',
    );
    expect(rendered.values.requestDate!.source).toBe('computed');
  });

  it("'or-retention-check-in' schedules the next monthly check-in and reads the closure date", () => {
    const { rendered } = run('or-retention-check-in', { method: 'phone', contactDate: '2026-03-31', assistance: 'ERDC renewal.' }, { facts: { taClosure: { date: '2026-01-31' } } });
    expect(rendered.values.nextCheckIn!.value).toBe('2026-04-30');
    expect(rendered.fromScreen.map((f) => f.fact)).toEqual(['taClosure.date']);
    expect(rendered.text).toContain('TANF closed 01/31/2026.');
  });

  it("'or-tcm-service' inserts the agency's narration for the chosen service", () => {
    expect(run('or-tcm-service', { service: 'CPDEV' }).rendered.text).toBe('TANF family coach developed case plan with participant.');
  });
});

describe('Alaska CLNOs and CANOs', () => {
  it("'ak-ea-clno' explains discrepancies when there are some", () => {
    const answers = { ...template('ak-ea-clno').example, discrepancies: true };
    expect(run('ak-ea-clno', answers).rendered.missing.map((m) => m.key)).toEqual(['discrepancyExplanation']);
    const { rendered } = run('ak-ea-clno', { ...answers, discrepancyExplanation: 'EPI lists a GED; client has a diploma.' });
    expect(rendered.text).toContain('Discrepancies: EPI lists a GED; client has a diploma.');
  });

  it("'ak-contact-clno' documents an attempt to contact as well", () => {
    const { rendered } = run('ak-contact-clno', { subject: 'missed EA appointment', contactDate: '2026-03-03', method: 'phone', successful: false, summary: 'Left a voicemail.' });
    expect(rendered.title).toBe('Attempted contact regarding missed EA appointment');
    expect(rendered.text.split('\n')[0]).toBe('Attempted to contact client by phone on 03/03/2026 regarding missed EA appointment; client was not reached.');
  });

  it("'ak-monthly-contact-fssp' says when the FSSP did not change", () => {
    const { rendered } = run('ak-monthly-contact-fssp', { contactDate: '2026-03-12', method: 'phone', fsspReviewed: true, progress: 'x' });
    expect(rendered.text).toContain('FSSP changes: None.');
  });

  it("'ak-work-verification' is entered even when the client did not participate", () => {
    const { rendered, issues } = run('ak-work-verification', { month: '2026-02', participation: 'no-information' });
    expect(rendered.text).toBe('Month: 02/2026\nParticipation: Client did not submit activity information.');
    expect(issues).toEqual([]);
    const unverified = run('ak-work-verification', { month: '2026-02', participation: 'participated', hours: 40, verified: false });
    expect(unverified.issues.map((i) => i.id)).toEqual(['check:hours-not-verified']);
  });

  it("'ak-supportive-services' titles the CLNO with the support and the amount", () => {
    expect(run('ak-supportive-services', template('ak-supportive-services').example).rendered.title).toBe('Supportive service authorized: Bus pass, $62.00');
  });

  it("'ak-fssp-mailed' gives the mailed date and the due-back date", () => {
    const { rendered } = run('ak-fssp-mailed', {}, { facts: { fssp: { mailedDate: '2026-03-02' } } });
    expect(rendered.text).toBe('FSSP mailed to client for signature on 03/02/2026.\nSigned FSSP is due back by 03/16/2026.');
    expect(rendered.title).toBe('FSSP mailed for signature on 03/02/2026');
  });

  it("'ak-fssp-field' says \"Field FSSP, original in file\" and lists the required fields", () => {
    const { rendered } = run('ak-fssp-field', template('ak-fssp-field').example);
    expect(rendered.text).toContain('Field FSSP, original in file.');
    expect(rendered.text).toMatch(/^Goal date: 09\/30\/2026$/m);
    expect(rendered.reminders[0]!.text).toContain('goal field');
  });

  it("'ak-exit-summary' offers Post TA only when the client closed with work", () => {
    const { rendered } = run('ak-exit-summary', { closureDate: '2026-06-30', closureReason: 'moved out of state', withWork: false, summary: 'x' });
    expect(rendered.text).toContain('Post TA: Client did not close with work; Post TA services do not apply.');
    expect(rendered.text).toContain('CMS work activity screen to be closed on 07/31/2026.');
    expect(run('ak-exit-summary', { ...template('ak-exit-summary').example }).rendered.text).toContain('through 06/30/2027');
  });

  it("'ak-penalty-request' documents good cause and reminds about the CANO only when a penalty is requested", () => {
    const example = template('ak-penalty-request').example;
    const penalty = run('ak-penalty-request', example).rendered;
    expect(penalty.title).toBe('Penalty requested for Missed CWE placement 3 days - no good cause');
    expect(penalty.reminders.map((r) => r.text)).toEqual(['Send the penalty request as a CANO (type b) and set an "E" alert in CMS.']);
    const goodCause = run('ak-penalty-request', { ...example, goodCause: true }).rendered;
    expect(goodCause.title).toBe('Good cause found for Missed CWE placement 3 days - no penalty requested');
    expect(goodCause.text).toContain('Result: Good cause exists. No penalty requested.');
    expect(goodCause.reminders).toEqual([]);
  });

  it("'ak-cano' offers exactly the five permitted CANO types and always reminds about the \"E\" alert", () => {
    const t = template('ak-cano');
    expect(t.fields[0]!.options!.map((o) => o.label.slice(0, 2))).toEqual(['a.', 'b.', 'c.', 'd.', 'e.']);
    const { rendered } = run('ak-cano', { type: 'extension', details: 'Extension granted through 09/2026.' });
    expect(rendered.text).toBe('Extension decision: Extension granted through 09/2026.');
    expect(rendered.reminders[0]!.text).toBe('Set an "E" alert in CMS for this CANO.');
  });
});

describe('Maine ASPIRE', () => {
  it("'me-family-contract-amendment' states what both the participant and the Department will do", () => {
    const { rendered, issues } = run('me-family-contract-amendment', template('me-family-contract-amendment').example);
    expect(rendered.text).toMatch(/^Participant will: /m);
    expect(rendered.text).toMatch(/^Department will: /m);
    expect(issues.every((i) => i.autoFix === 'wrap')).toBe(true);
  });

  it("'me-family-contract-amendment' reads the amendment from the ASPIRE screen and notes a missing signature", () => {
    const facts = { maine: { amendments: [{ date: '2026-03-05', action: 'CNA', participantSigned: true, departmentSigned: false }] } };
    const { rendered, issues } = run('me-family-contract-amendment', { reason: 'x', participantActions: 'y', departmentActions: 'z' }, { facts });
    expect(rendered.fromScreen.map((f) => f.key)).toEqual(['amendmentDate', 'participantSigned', 'departmentSigned']);
    expect(rendered.text).toContain('Signed for the Department: no.');
    expect(issues.map((i) => i.id)).toEqual(['check:not-signed-by-both']);
  });
});
