/**
 * Oregon Targeted Case Management (000 §TCM): or-tcm-flag and or-tcm-narration at the age-14
 * boundary, the look-back window, who gave the service, and what is missing.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TCM_SERVICES } from '../../../lib/config/settings-schema';
import { check, settingsWith, type Facts } from './helpers';

const AS_OF = '2026-11-24';

function tcmCase(over: { dob?: string; serviceDate?: string; flag?: boolean; staff?: 'family-coach' | 'contractor'; code?: string; narrations?: Facts['narrations'] } = {}): Facts {
  return {
    jurisdiction: 'OR',
    program: 'JOBS',
    household: [
      { memberId: '01', dob: over.dob ?? '1990-05-01', role: 'parent' },
      { memberId: '02', dob: '2026-01-10', role: 'child' },
    ],
    services: [{ date: over.serviceDate ?? '2026-11-22', service: over.code ?? 'CPDEV', staff: over.staff ?? 'family-coach', memberId: '01' }],
    casePlan: { planDate: '2026-11-22', tcmFlag: over.flag ?? false },
    narrations: over.narrations ?? [],
  };
}

describe('or-tcm-flag', () => {
  it('fires when a family coach developed a case plan with a parent aged 14 on the day of service and the flag is N', () => {
    // 14th birthday on the service date counts.
    const { findings, item } = check('or-tcm-flag', tcmCase({ dob: '2012-11-22', serviceDate: '2026-11-22' }), AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain('11/22/2026 (parent aged 14)');
    expect(findings[0]!.fix.setField).toEqual({ fact: 'casePlan.tcmFlag', value: 'Y' });
    expect(findings[0]!.mark).toBe('casePlan.tcmFlag');
    expect(item?.status).toBe('action-needed');
  });

  it('does not fire for a parent who turns 14 the day after the service (aged 13 that day)', () => {
    const { findings, item } = check('or-tcm-flag', tcmCase({ dob: '2012-11-23', serviceDate: '2026-11-22' }), AS_OF);
    expect(findings).toEqual([]);
    expect(item?.status).toBe('done');
  });

  it('does not fire when the flag is already Y', () => {
    expect(check('or-tcm-flag', tcmCase({ flag: true }), AS_OF).findings).toEqual([]);
  });

  it('counts services within the look-back (31 days by default) and not the day before it', () => {
    expect(check('or-tcm-flag', tcmCase({ serviceDate: '2026-10-24' }), AS_OF).findings).toHaveLength(1);
    expect(check('or-tcm-flag', tcmCase({ serviceDate: '2026-10-23' }), AS_OF).findings).toEqual([]);
  });

  it('ignores services by a JOBS contractor', () => {
    expect(check('or-tcm-flag', tcmCase({ staff: 'contractor' }), AS_OF).findings).toEqual([]);
  });

  it('is unknown, naming the fact, when the household or the birth date is not on any screen', () => {
    const noHousehold = { ...tcmCase(), household: undefined };
    expect(check('or-tcm-flag', noHousehold, AS_OF).item).toMatchObject({ status: 'unknown', missing: ['household'] });
    const noDob = { ...tcmCase(), household: [{ memberId: '01', role: 'parent' as const }] };
    expect(check('or-tcm-flag', noDob, AS_OF).item).toMatchObject({ status: 'unknown', missing: ['household[].dob'] });
  });

  it('does not apply to REF or Post-TANF cases, nor outside Oregon', () => {
    expect(check('or-tcm-flag', { ...tcmCase(), program: 'REF' }, AS_OF).item).toBeUndefined();
    expect(check('or-tcm-flag', { ...tcmCase(), program: 'POST-TANF' }, AS_OF).item).toBeUndefined();
    expect(check('or-tcm-flag', { ...tcmCase(), jurisdiction: 'AK', program: undefined }, AS_OF).item).toBeUndefined();
  });
});

describe('or-tcm-narration', () => {
  it('fires when no narration names the service, and offers the TCM narration template', () => {
    const facts = tcmCase({ flag: true, code: 'REFER', narrations: [{ date: '2026-11-22', text: 'PARTICIPANT CALLED ABOUT BUS PASS.' }] });
    const { findings, item } = check('or-tcm-narration', facts, AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain('referral and related activities on 11/22/2026');
    expect(findings[0]!.fix.template).toBe('or-tcm-service');
    expect(findings[0]!.severity).toBe('error');
    expect(item?.status).toBe('action-needed');
  });

  it('is met by a narration on the service date that names the service', () => {
    const facts = tcmCase({ flag: true, narrations: [{ date: '2026-11-22', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.' }] });
    expect(check('or-tcm-narration', facts, AS_OF).item?.status).toBe('done');
  });

  it('does not count a narration from before the service', () => {
    const facts = tcmCase({ flag: true, narrations: [{ date: '2026-11-21', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.' }] });
    expect(check('or-tcm-narration', facts, AS_OF).findings).toHaveLength(1);
  });

  it('follows the agency\'s configured keywords', () => {
    const settings = settingsWith({
      tcmServices: DEFAULT_TCM_SERVICES.map((s) => (s.id === 'case-plan' ? { ...s, keywords: ['PDP developed'] } : s)),
    });
    const facts = tcmCase({ flag: true, narrations: [{ date: '2026-11-22', text: 'PDP DEVELOPED WITH PARTICIPANT.' }] });
    expect(check('or-tcm-narration', facts, AS_OF, settings).findings).toEqual([]);
    const plain = tcmCase({ flag: true, narrations: [{ date: '2026-11-22', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN.' }] });
    expect(check('or-tcm-narration', plain, AS_OF, settings).findings).toHaveLength(1);
  });

  it('is unknown without the narration screen, and ignores a 13-year-old parent', () => {
    expect(check('or-tcm-narration', { ...tcmCase(), narrations: undefined }, AS_OF).item).toMatchObject({ status: 'unknown', missing: ['narrations'] });
    expect(check('or-tcm-narration', tcmCase({ dob: '2012-11-23' }), AS_OF).findings).toEqual([]);
  });

  it('does not apply outside the TCM programs', () => {
    expect(check('or-tcm-narration', { ...tcmCase(), program: 'REF' }, AS_OF).item).toBeUndefined();
  });
});
