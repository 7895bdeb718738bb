/** Every lint rule, failing and passing. */
import { describe, expect, it } from 'vitest';
import { blocksInsert, tcmServicesNamed, titleIssues, type LintIssue } from '../../../lib/narration/lint';
import { medicalReleaseOnFile } from '../../../lib/narration/lint';
import { fitText } from '../../../lib/narration/wrap';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { factsFor, run, template } from './helpers';

const supportive = { support: 'Bus pass', amount: 62, need: 'CWE placement starts Monday; no car.', authDate: '2026-03-04' };
const fitted = (id: string, text: string) => fitText(text, { lineWidth: 72, lineCount: 12, upperCase: id.startsWith('or-') }).text;
const only = (issues: LintIssue[], rule: string) => issues.filter((i) => i.rule === rule);

describe('required and unreadable values', () => {
  it('a supportive-services CLNO without an amount is an error that blocks insertion', () => {
    const { issues } = run('ak-supportive-services', { ...supportive, amount: undefined });
    const [missing] = only(issues, 'required-field');
    expect(missing).toMatchObject({ id: 'required-field:amount', severity: 'error', blocks: true, field: 'amount', in: 'text' });
    expect(missing!.citation.section).toContain('§21');
    expect(blocksInsert(issues)).toBe(true);
  });

  it('the same CLNO with an amount passes and can be inserted', () => {
    const { issues } = run('ak-supportive-services', supportive);
    expect(issues).toEqual([]);
    expect(blocksInsert(issues)).toBe(false);
  });

  it('supervisor approval is required over $1500', () => {
    expect(only(run('ak-supportive-services', { ...supportive, amount: 1800 }).issues, 'required-field').map((i) => i.field)).toEqual(['approvedBy', 'approvalDate']);
    expect(run('ak-supportive-services', { ...supportive, amount: 1800, approvedBy: 'Pat Lee', approvalDate: '2026-03-04' }).issues).toEqual([]);
  });

  it('an unreadable value is a blocking error', () => {
    const { issues } = run('ak-supportive-services', { ...supportive, authDate: '13/45/2026' });
    expect(only(issues, 'invalid-value')).toMatchObject([{ field: 'authDate', blocks: true, message: 'Date authorized is not a date (MM/DD/YYYY).' }]);
  });
});

describe('required headings and elements (checked in the text as edited)', () => {
  const mailed = { mailedDate: '2026-03-02' };

  it('reports a standardized heading the worker deleted', () => {
    const { rendered } = run('ak-ea-clno', template('ak-ea-clno').example);
    const edited = rendered.text.replace('Barriers:', 'Problems:');
    const { issues } = run('ak-ea-clno', template('ak-ea-clno').example, { text: edited });
    expect(only(issues, 'missing-heading')).toMatchObject([{ id: 'missing-heading:Barriers', severity: 'error', blocks: false }]);
    expect(only(issues, 'missing-heading')[0]!.citation.quote).toBe('CLNOs are to be formatted using the standardized titles and headings.');
    // Upper case and extra spaces still count as the heading.
    expect(only(run('ak-ea-clno', template('ak-ea-clno').example, { text: rendered.text.toUpperCase().replace('WORK HISTORY:', 'WORK  HISTORY :') }).issues, 'missing-heading')).toEqual([]);
  });

  it('a mailed-FSSP CLNO must say when it is due back', () => {
    const { rendered } = run('ak-fssp-mailed', mailed);
    const edited = rendered.text.replace('Signed FSSP is due back by 03/16/2026.', '');
    expect(only(run('ak-fssp-mailed', mailed, { text: edited }).issues, 'missing-element')).toMatchObject([{ id: 'missing-element:due-back', message: 'The note must say when the FSSP is due back.' }]);
    expect(only(run('ak-fssp-mailed', mailed).issues, 'missing-element')).toEqual([]);
  });
});

describe('policy checks in template data', () => {
  it('the monthly contact must include the FSSP review', () => {
    const base = { contactDate: '2026-03-12', method: 'phone', progress: 'Applied to 4 jobs.' };
    expect(only(run('ak-monthly-contact-fssp', { ...base, fsspReviewed: false }).issues, 'check')).toMatchObject([{ id: 'check:fssp-not-reviewed', severity: 'error' }]);
    expect(run('ak-monthly-contact-fssp', { ...base, fsspReviewed: true }).issues).toEqual([]);
  });

  it('no penalty for a missing timesheet', () => {
    const base = { noncomplianceDate: '2026-03-02', goodCause: false, determination: 'Called twice.' };
    const { issues } = run('ak-penalty-request', { ...base, noncompliance: 'Did not turn in Timesheet' });
    expect(only(issues, 'check')[0]!.citation.section).toContain('§15');
    expect(only(run('ak-penalty-request', { ...base, noncompliance: 'Missed CWE 3 days' }).issues, 'check')).toEqual([]);
  });
});

describe('CLNO titles', () => {
  const vague = DEFAULT_SETTINGS.vagueClnoTitles;
  it('flags titles in the vague list, titles of generic words only, and short titles', () => {
    expect(titleIssues('Contact', vague)).toMatchObject([{ rule: 'title-vague', severity: 'error' }]);
    expect(titleIssues('  case note  ', vague)[0]!.rule).toBe('title-vague');
    expect(titleIssues('Phone call with client 03/02/2026', vague)[0]!.rule).toBe('title-vague');
    expect(titleIssues('', vague)[0]!.rule).toBe('title-vague');
    expect(titleIssues('Childcare issue', vague)).toMatchObject([{ rule: 'title-short', severity: 'warning' }]);
  });

  it('passes a specific title', () => {
    expect(titleIssues('Contacted regarding childcare issue', vague)).toEqual([]);
  });

  it('lints the title the worker edited', () => {
    const answers = template('ak-contact-clno').example;
    const { issues } = run('ak-contact-clno', answers, { title: 'Client contact' });
    expect(only(issues, 'title-vague')).toMatchObject([{ in: 'title', citation: { policy: '003' } }]);
  });
});

describe('TCM narration names the service', () => {
  it('reports a narration that no longer names the chosen service', () => {
    const { issues } = run('or-tcm-service', { service: 'case-plan' }, { text: 'MET WITH PARTICIPANT.' });
    expect(only(issues, 'tcm-service-not-named')).toMatchObject([{ citation: { policy: '000' } }]);
    expect(only(run('or-tcm-service', { service: 'case-plan' }, { text: 'TANF FAMILY COACH UPDATED CASE PLAN.' }).issues, 'tcm-service-not-named')).toEqual([]);
  });

  it('says why a narration that names the service but says it was not provided does not count', () => {
    const { issues } = run('or-tcm-service', { service: 'case-plan' }, { text: 'CASE PLAN NOT DEVELOPED - NO SHOW.' });
    const [issue] = only(issues, 'tcm-service-not-named');
    expect(issue!.message).toContain('says it was not provided ("CASE PLAN NOT DEVELOPED")');
    expect(issue!.citation).toMatchObject({ policy: '000' });
  });

  it('tcmServicesNamed finds services by their keywords', () => {
    const named = tcmServicesNamed('TANF FAMILY COACH SCREENED FOR SUD/MH AND MADE A REFERRAL.', DEFAULT_SETTINGS.tcmServices);
    expect(named.map((s) => s.id)).toEqual(['sud-mh-screening', 'referral']);
    expect(tcmServicesNamed('Called participant.', DEFAULT_SETTINGS.tcmServices)).toEqual([]);
  });
});

describe('fit to the legacy field', () => {
  const answers = { service: 'case-plan', details: 'Went over each activity and the support services with the participant in the office.' };

  it('width and case errors say auto-wrap fixes them and do not block', () => {
    const { issues } = run('or-tcm-service', answers);
    expect(issues.map((i) => [i.rule, i.autoFix, i.blocks])).toEqual([
      ['line-too-wide', 'wrap', false],
      ['not-upper-case', 'wrap', false],
    ]);
    expect(issues[0]!.message).toContain('Auto-wrap will fix this.');
    expect(blocksInsert(issues)).toBe(false);
  });

  it('the fitted text passes', () => {
    const { rendered } = run('or-tcm-service', answers);
    expect(run('or-tcm-service', answers, { text: fitted('or-tcm-service', rendered.text) }).issues).toEqual([]);
  });

  it('replaceable characters are auto-fixable; others block, with their position', () => {
    const text = 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT. CLIENT’S RENT €500 – PAID.';
    const { issues } = run('or-tcm-service', { service: 'case-plan' }, { text });
    expect(only(issues, 'character-replaced').map((i) => [i.id, i.autoFix, i.blocks])).toEqual([
      ['character-replaced:’', 'wrap', false],
      ['character-replaced:–', 'wrap', false],
    ]);
    const [euro] = only(issues, 'character-not-allowed');
    expect(euro).toMatchObject({ blocks: true, start: text.indexOf('€'), end: text.indexOf('€') + 1 });
    expect(euro!.message).toContain('U+20AC');
  });

  it('too many lines blocks and nothing is cut', () => {
    const text = Array.from({ length: 13 }, (_, i) => `CASE PLAN LINE ${i + 1}`).join('\n');
    const [over] = only(run('or-tcm-service', { service: 'case-plan' }, { text }).issues, 'too-many-lines');
    expect(over).toMatchObject({ blocks: true, start: text.indexOf('CASE PLAN LINE 13') });
    expect(over!.message).toContain('Nothing was cut');
  });

  it('no fit checks without a target', () => {
    const text = 'x'.repeat(500);
    expect(run('or-tcm-service', { service: 'case-plan' }, { text: `case plan ${text}`, ctx: { target: undefined } }).issues).toEqual([]);
  });
});

describe('privacy: SSN and birth dates', () => {
  const facts = { household: [{ memberId: '01', firstName: 'Ana', lastName: 'Rivera', dob: '1990-04-12', role: 'parent' as const }] };
  const base = { subject: 'childcare issue', contactDate: '2026-03-03', method: 'phone', successful: true };

  it('an SSN is a blocking error, in the text or the title', () => {
    const { issues } = run('ak-contact-clno', { ...base, summary: 'Client gave SSN 123-45-6789 for the form.' }, { facts });
    expect(only(issues, 'ssn')).toMatchObject([{ severity: 'error', blocks: true, in: 'text' }]);
    const titled = run('ak-contact-clno', { ...base, summary: 'x', subject: 'form for 123-45-6789' }, { facts });
    expect(only(titled.issues, 'ssn').map((i) => i.in)).toEqual(['text', 'title']);
  });

  it('a household birth date is a warning; other dates are fine', () => {
    const { issues } = run('ak-contact-clno', { ...base, summary: 'Verified identity with 04/12/1990. Next visit 03/20/2026.' }, { facts });
    expect(only(issues, 'birth-date')).toMatchObject([{ severity: 'warning', blocks: false }]);
    expect(only(run('ak-contact-clno', { ...base, summary: 'Next visit 03/20/2026 with Ana Rivera.' }, { facts }).issues, 'birth-date')).toEqual([]);
  });
});

describe('medical information needs a release', () => {
  const base = { subject: 'missed appointment', contactDate: '2026-03-03', method: 'phone', successful: true };
  const summary = 'Client missed the interview because of a hospital stay for depression.';

  it('warns when no release is known, errors when the case shows none, passes with one', () => {
    const r = run('ak-contact-clno', { ...base, summary });
    const unknown = only(r.issues, 'medical-no-release');
    expect(unknown.map((i) => [i.severity, r.rendered.text.slice(i.start, i.end)])).toEqual([
      ['warning', 'hospital'],
      ['warning', 'depression'],
    ]);
    expect(unknown[0]!.citation.quote).toContain('HIPAA release');
    const none = only(run('ak-contact-clno', { ...base, summary }, { facts: { releases: { medical: false } } }).issues, 'medical-no-release');
    expect(none.every((i) => i.severity === 'error' && !i.blocks)).toBe(true);
    expect(only(run('ak-contact-clno', { ...base, summary }, { facts: { releases: { medical: true } } }).issues, 'medical-no-release')).toEqual([]);
  });

  it('Oregon: the TRACS case plan release counts; releases.medical wins when both are known', () => {
    expect(medicalReleaseOnFile(factsFor('OR', { casePlan: { releaseOnFile: true } }))).toBe(true);
    expect(medicalReleaseOnFile(factsFor('OR', { casePlan: { releaseOnFile: true }, releases: { medical: false } }))).toBe(false);
    expect(medicalReleaseOnFile(factsFor('AK', { casePlan: { releaseOnFile: true } }))).toBeUndefined();
    const details = { service: 'case-plan', details: 'Discussed medication schedule.' };
    expect(only(run('or-tcm-service', details, { facts: { casePlan: { releaseOnFile: true } } }).issues, 'medical-no-release')).toEqual([]);
    expect(only(run('or-tcm-service', details).issues, 'medical-no-release')).toHaveLength(1);
  });

  it('does not blame the worker for the template’s own words (the SUD/MH screening narration)', () => {
    expect(only(run('or-tcm-service', { service: 'sud-mh-screening' }).issues, 'medical-no-release')).toEqual([]);
    const typed = run('or-tcm-service', { service: 'sud-mh-screening', details: 'Positive for SUD.' }).issues;
    expect(only(typed, 'medical-no-release')).toHaveLength(1);
  });

  it('uses the agency’s own list of terms when given', () => {
    const { issues } = run('ak-contact-clno', { ...base, summary: 'Client has a cast on her arm.' }, { ctx: { medicalTerms: ['cast'] } });
    expect(only(issues, 'medical-no-release')).toHaveLength(1);
  });
});
