/**
 * Maine ASPIRE-TANF case management (002 §6): a case manager for each participant and the 13
 * functions as checklist items, settled from the ASPIRE screens where they show it and left to
 * a case-file review where they do not.
 */
import { describe, expect, it } from 'vitest';
import { check, type Facts } from './helpers';
import { applyMarks, dutyKeyOf } from '../../../lib/checklist/case-evaluator';

type Maine = NonNullable<Facts['maine']>;
/**
 * A Maine case as its screens showed it. Amendments alone are the Family Contract Amendment
 * screen; anything else is the participant screen, which shows the case manager (`null`: shown
 * blank), the assessment date and the employment plan date (blank unless given).
 */
const meCase = (maine: Maine | undefined, caseManager: string | null = 'P. KENNEBEC'): Facts => {
  if (!maine) return { jurisdiction: 'ME' };
  if ('amendments' in maine && Object.keys(maine).length === 1) return { jurisdiction: 'ME', maine };
  return { jurisdiction: 'ME', caseManager: caseManager ?? undefined, maine: { assessmentDate: undefined, employmentPlanDate: undefined, ...maine } };
};

describe('me-case-manager-assigned', () => {
  it('reports a participant screen with no case manager and is done with one', () => {
    const { findings } = check('me-case-manager-assigned', meCase({ assessmentDate: '2026-10-25' }, null), '2026-11-24');
    expect(findings.map((f) => [f.severity, f.mark])).toEqual([['warning', 'caseManager']]);
    expect(check('me-case-manager-assigned', meCase({ assessmentDate: '2026-10-25' }), '2026-11-24').item?.status).toBe('done');
  });

  it('is unknown before the participant screen is seen, and not applicable outside Maine', () => {
    expect(check('me-case-manager-assigned', meCase(undefined, null), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['caseManager'] });
    expect(check('me-case-manager-assigned', { jurisdiction: 'OR' }, '2026-11-24').item).toBeUndefined();
  });
});

describe.each(['me-fn01-strengths', 'me-fn02-needs'])('%s', (id) => {
  it('is done when ASPIRE shows an assessment date, a finding when the date is blank, unknown when unseen', () => {
    expect(check(id, meCase({ assessmentDate: '2026-10-25' }), '2026-11-24').item?.status).toBe('done');
    expect(check(id, meCase({ employmentPlanDate: '2026-10-30' }), '2026-11-24').findings[0]!.explanation).toContain('shows no assessment date');
    expect(check(id, meCase(undefined), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['maine.assessmentDate'] });
  });

  it('says nothing about the assessment when only the Family Contract Amendment screen was seen', () => {
    const { item, findings } = check(id, meCase({ amendments: [{ date: '2026-11-19', action: 'ENROLL IN CNA TRAINING' }] }), '2026-11-24');
    expect(findings).toEqual([]);
    expect(item).toMatchObject({ status: 'unknown', missing: ['maine.assessmentDate'] });
  });
});

describe('me-fn05-employment-plan', () => {
  it('accepts a plan dated on or after the assessment', () => {
    expect(check('me-fn05-employment-plan', meCase({ assessmentDate: '2026-10-25', employmentPlanDate: '2026-10-25' }), '2026-11-24').item?.status).toBe('done');
  });

  it('reports a plan dated before the assessment, and no plan after an assessment (demo case 3000303)', () => {
    const before = check('me-fn05-employment-plan', meCase({ assessmentDate: '2026-10-25', employmentPlanDate: '2026-10-24' }), '2026-11-24');
    expect(before.findings[0]!.explanation).toBe(
      'The assessment is dated 10/25/2026 and the employment plan date is 10/24/2026: there is no employment plan based on the assessment.',
    );
    const none = check('me-fn05-employment-plan', meCase({ assessmentDate: '2026-11-04' }), '2026-11-24').findings;
    expect(none.map((f) => f.severity)).toEqual(['warning']);
    expect(none[0]!.explanation).toContain('the employment plan date is blank');
  });

  it('waits for an assessment and for the participant screen', () => {
    expect(check('me-fn05-employment-plan', meCase({ employmentPlanDate: '2026-10-24' }), '2026-11-24').item).toBeUndefined();
    expect(check('me-fn05-employment-plan', meCase(undefined), '2026-11-24').item?.status).toBe('unknown');
  });
});

describe('me-fn06-amendment-binds-both', () => {
  const amendment = (participantSigned?: boolean, departmentSigned?: boolean) => ({ date: '2026-11-19', action: 'ENROLL IN CNA TRAINING', participantSigned, departmentSigned });

  it('reports an amendment the participant has not signed (demo case 3000301), or the Department', () => {
    const { findings } = check('me-fn06-amendment-binds-both', meCase({ amendments: [amendment(false, true)] }), '2026-11-24');
    expect(findings[0]!).toMatchObject({
      severity: 'error',
      explanation: 'Family Contract Amendments that do not bind both parties: ENROLL IN CNA TRAINING of 11/19/2026, not signed by the participant.',
    });
    expect(check('me-fn06-amendment-binds-both', meCase({ amendments: [amendment(true, false)] }), '2026-11-24').findings[0]!.explanation).toContain('not signed by the Department');
  });

  it('is done when both signed or there are no amendments; unknown when a signature is blank', () => {
    expect(check('me-fn06-amendment-binds-both', meCase({ amendments: [amendment(true, true)] }), '2026-11-24').item?.status).toBe('done');
    expect(check('me-fn06-amendment-binds-both', meCase({ amendments: [] }), '2026-11-24').item?.status).toBe('done');
    expect(check('me-fn06-amendment-binds-both', meCase({ amendments: [amendment(true, undefined)] }), '2026-11-24').item).toMatchObject({
      status: 'unknown',
      missing: ['maine.amendments[].departmentSigned'],
    });
    expect(check('me-fn06-amendment-binds-both', meCase({}), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['maine.amendments'] });
  });
});

describe.each([
  ['me-fn03-prioritise-needs', 'needs prioritised toward employment'],
  ['me-fn04-informed-choice', 'informed choices'],
  ['me-fn07-referrals', 'referrals to resources'],
  ['me-fn08-resource-effectiveness', 'evaluation of resources'],
  ['me-fn09-advocacy', 'advocacy with providers'],
  ['me-fn10-progress-documented', 'progress monitored and documented'],
  ['me-fn11-expenditures-authorised', 'expenditures authorized under the rules'],
  ['me-fn12-confidentiality', 'confidentiality maintained'],
  ['me-fn13-budgeting-basics', 'budgeting basics offered'],
])('%s', (id) => {
  it('is a duty the worker confirms from the case file: never a finding, never unknown, done once marked', () => {
    const full = meCase({ assessmentDate: '2026-10-25', employmentPlanDate: '2026-10-30', amendments: [] });
    const r = check(id, full, '2026-11-24');
    expect(r.findings).toEqual([]);
    expect(r.item).toMatchObject({ status: 'to-confirm', missing: [], severity: 'info' });
    expect(r.item!.explanation).toMatch(/^Confirm from the case file: /);
    expect(r.ev.unjudged).toEqual([]);
    const marked = applyMarks(r.ev, [{ caseKey: 'ME:T1', dutyKey: dutyKeyOf(r.item!), doneOn: '2026-11-20', note: 'In the file', markedAt: 'x' }]);
    expect(marked.checklist.find((i) => i.ruleId === id)).toMatchObject({ status: 'done', doneOn: '2026-11-20' });
  });

  it('does not apply outside Maine', () => {
    expect(check(id, { jurisdiction: 'AK' }, '2026-11-24').item).toBeUndefined();
  });
});

describe('evidence the ASPIRE screens give beside a duty to confirm', () => {
  it('shows the assessment and plan dates (function 3) and the amendments (function 7), each with where it was seen', () => {
    const facts = meCase({ assessmentDate: '2026-10-25', employmentPlanDate: '2026-10-30', amendments: [{ date: '2026-11-19', action: 'REFER TO CAREER CENTER' }] });
    expect(check('me-fn03-prioritise-needs', facts, '2026-11-24').item!.evidence.map((e) => [e.label, e.value, e.presence])).toEqual([
      ['Assessment date', '10/25/2026', 'seen'],
      ['Employment plan date', '10/30/2026', 'seen'],
    ]);
    expect(check('me-fn07-referrals', facts, '2026-11-24').item!.evidence[0]).toMatchObject({ label: 'Family Contract Amendments', value: '11/19/2026 REFER TO CAREER CENTER' });
  });

  it('asks for function 10 every month', () => {
    expect(check('me-fn10-progress-documented', meCase({ amendments: [] }), '2026-11-24').item).toMatchObject({ status: 'to-confirm', period: '2026-11' });
  });
});
