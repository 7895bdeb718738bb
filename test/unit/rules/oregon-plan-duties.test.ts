/**
 * Oregon plan duties no rule covered before issue 11: every new or updated plan narrated (004
 * §9), the Pre-TANF plan by the end of initial screening and assessment (004 §1), and plan
 * activities for every barrier identified (000 Retention services).
 */
import { describe, expect, it } from 'vitest';
import { check, settingsWith, type Facts } from './helpers';
import { DEFAULT_TCM_SERVICES } from '../../../lib/config/settings-schema';

const AS_OF = '2026-11-24';
type Plan = NonNullable<Facts['casePlan']>;

function orCase(over: Partial<Facts> = {}, plan: Partial<Plan> = {}): Facts {
  return {
    jurisdiction: 'OR',
    program: 'JOBS',
    casePlan: { planDate: '2026-11-10', reviewDate: '2027-02-10', signed: true, tcmFlag: true, selfAssessmentDate: '2026-11-05', ...plan },
    services: [],
    narrations: [],
    ...over,
  };
}
const narration = (date: string, text: string) => ({ date, text });

describe('or-plan-narrated', () => {
  const ID = 'or-plan-narrated';

  it('is done when a narration on or after the plan date says the plan was developed', () => {
    expect(check(ID, orCase({ narrations: [narration('2026-11-10', 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.')] }), AS_OF).item?.status).toBe('done');
    expect(check(ID, orCase({ narrations: [narration('2026-11-12', 'CASE PLAN REVIEWED AND SIGNED.')] }), AS_OF).item?.status).toBe('done');
  });

  it('is a finding with no narration, one before the plan, or one that says it was not done', () => {
    const { findings, item } = check(ID, orCase(), AS_OF);
    expect(item?.status).toBe('action-needed');
    expect(findings[0]!).toMatchObject({ severity: 'warning', fix: { template: 'or-case-plan-developed' } });
    expect(findings[0]!.explanation).toBe('No TRACS narration since says this new or updated case plan was developed or updated: plan date 11/10/2026. Narrate the contact and the plan.');
    expect(check(ID, orCase({ narrations: [narration('2026-11-09', 'CASE PLAN DEVELOPED.')] }), AS_OF).findings).toHaveLength(1);
    expect(check(ID, orCase({ narrations: [narration('2026-11-10', 'CASE PLAN NOT DEVELOPED - NO SHOW.')] }), AS_OF).findings).toHaveLength(1);
  });

  it('asks for each plan update the service activity shows (CPUPD), by any staff', () => {
    const facts = orCase({
      services: [{ date: '2026-11-20', service: 'CPUPD', staff: 'contractor' }],
      narrations: [narration('2026-11-10', 'CASE PLAN DEVELOPED WITH PARTICIPANT.')],
    });
    expect(check(ID, facts, AS_OF).findings[0]!.explanation).toContain('CPUPD 11/20/2026');
    const narrated = { ...facts, narrations: [...facts.narrations!, narration('2026-11-20', 'JOBS CONTRACTOR UPDATED CASE PLAN.')] };
    expect(check(ID, narrated, AS_OF).item?.status).toBe('done');
  });

  it('looks back 31 days: a plan dated 31 days ago counts, 32 days ago does not', () => {
    expect(check(ID, orCase({}, { planDate: '2026-10-24' }), AS_OF).findings).toHaveLength(1);
    expect(check(ID, orCase({}, { planDate: '2026-10-23' }), AS_OF)).toMatchObject({ findings: [], item: { status: 'done' } });
  });

  it('uses the case-plan keywords an agency configures', () => {
    const services = DEFAULT_TCM_SERVICES.map((s) => (s.id === 'case-plan' ? { ...s, keywords: ['case plan', 'pdp'] } : s));
    const facts = orCase({ narrations: [narration('2026-11-10', 'PDP DEVELOPED WITH PARTICIPANT.')] });
    expect(check(ID, facts, AS_OF).findings).toHaveLength(1);
    expect(check(ID, facts, AS_OF, settingsWith({ tcmServices: services })).findings).toEqual([]);
  });

  it('is unknown until the narration screen is seen; not applicable to Post-TANF or outside Oregon', () => {
    expect(check(ID, orCase({ narrations: undefined }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['narrations'] });
    expect(check(ID, { jurisdiction: 'OR', program: 'JOBS', narrations: [] }, AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.planDate'] });
    expect(check(ID, orCase({ program: 'POST-TANF' }), AS_OF).item).toBeUndefined();
    expect(check(ID, { ...orCase(), jurisdiction: 'AK' }, AS_OF).item).toBeUndefined();
  });
});

describe('or-pre-tanf-plan-by-assessment-end', () => {
  const ID = 'or-pre-tanf-plan-by-assessment-end';

  it('is a duty to confirm for a Pre-TANF case, shown with the plan and self-assessment dates', () => {
    const { item, findings } = check(ID, orCase({ program: 'PRE-TANF' }), AS_OF);
    expect(findings).toEqual([]);
    expect(item).toMatchObject({ status: 'to-confirm', severity: 'info' });
    expect(item!.evidence.map((e) => [e.label, e.value])).toEqual([
      ['Plan date', '11/10/2026'],
      ['My Self Assessment (DHS 7823) date', '11/05/2026'],
      ['Service activity (screenings and assessments)', 'none'],
    ]);
  });

  it('does not apply to JOBS or outside Oregon', () => {
    expect(check(ID, orCase(), AS_OF).item).toBeUndefined();
    expect(check(ID, { ...orCase({ program: 'PRE-TANF' }), jurisdiction: 'ME' }, AS_OF).item).toBeUndefined();
  });
});

describe('or-retention-barriers-addressed', () => {
  const ID = 'or-retention-barriers-addressed';
  const barriers = [{ code: 'CC', date: '2026-11-08' }, { code: 'TR', date: '2026-11-08' }];

  it('is a finding for a barrier no activity addresses, and done when each has one', () => {
    const partly = orCase({}, { barriers, activities: [{ code: 'JSRCH', barrier: undefined }, { code: 'CCREF', barrier: 'CC' }] });
    const { findings, item } = check(ID, partly, AS_OF);
    expect(item?.status).toBe('action-needed');
    expect(findings[0]!.explanation).toBe(
      'The case plan records barriers no plan activity addresses: TR (identified 11/08/2026). The case plan is to include activities to address the barriers.',
    );
    const all = orCase({}, { barriers, activities: [{ code: 'CCREF', barrier: 'cc' }, { code: 'BUSPS', barrier: 'TR' }] });
    expect(check(ID, all, AS_OF).item?.status).toBe('done');
  });

  it('is unknown when the activities or their barrier column were not shown', () => {
    expect(check(ID, orCase({}, { barriers }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.activities'] });
    expect(check(ID, orCase({}, { barriers, activities: [{ code: 'JSRCH' }] }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.activities[].barrier'] });
  });

  it('does not apply without barriers on the plan, to Post-TANF, or outside Oregon', () => {
    expect(check(ID, orCase({}, { barriers: [], activities: [] }), AS_OF).item).toBeUndefined();
    expect(check(ID, orCase(), AS_OF).item).toBeUndefined();
    expect(check(ID, orCase({ program: 'POST-TANF' }, { barriers, activities: [] }), AS_OF).item).toBeUndefined();
    expect(check(ID, { ...orCase({}, { barriers, activities: [] }), jurisdiction: 'AK' }, AS_OF).item).toBeUndefined();
  });
});
