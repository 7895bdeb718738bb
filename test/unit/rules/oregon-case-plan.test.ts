/**
 * Oregon case plan development (004): which programs need a plan, the My Self Assessment
 * before it, signatures and the narration of an unsigned plan, DHS 7819, release of
 * information, and the plan review date.
 */
import { describe, expect, it } from 'vitest';
import { check, type Facts } from './helpers';

const AS_OF = '2026-11-24';
type Plan = NonNullable<Facts['casePlan']>;

/** `plan: null` is a case whose case plan screen was never seen. */
function orCase(program: Facts['program'], plan: Partial<Plan> | null = {}, narrations: Facts['narrations'] = []): Facts {
  return {
    jurisdiction: 'OR',
    program,
    casePlan: plan === null ? undefined : {
      planDate: '2026-11-10', reviewDate: '2027-02-10', signed: true, tcmFlag: true, selfAssessmentDate: '2026-11-05',
      rightsFormOnFile: true, releaseOnFile: true, ...plan,
    },
    narrations,
  };
}

describe('or-case-plan-required', () => {
  it.each(['JOBS', 'PRE-TANF', 'REF', 'SFPSS', 'TA-DVS'] as const)('a %s case plan screen with no plan date is a finding', (program) => {
    const { findings, item } = check('or-case-plan-required', orCase(program, { planDate: undefined }), AS_OF);
    expect(item?.status).toBe('action-needed');
    expect(findings[0]!.explanation).toContain(`This is a ${program} case`);
    expect(findings[0]!.mark).toBe('casePlan.planDate');
  });

  it('is done when the plan has a date, unknown when the case plan screen was not seen', () => {
    expect(check('or-case-plan-required', orCase('JOBS'), AS_OF).item?.status).toBe('done');
    expect(check('or-case-plan-required', orCase('JOBS', null), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.planDate'] });
  });

  it('does not apply to Post-TANF or outside Oregon', () => {
    expect(check('or-case-plan-required', orCase('POST-TANF', { planDate: undefined }), AS_OF).item).toBeUndefined();
    expect(check('or-case-plan-required', { ...orCase('JOBS', { planDate: undefined }), jurisdiction: 'ME' }, AS_OF).item).toBeUndefined();
  });

  it('is unknown when the program is not known yet', () => {
    expect(check('or-case-plan-required', orCase(undefined), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['program'] });
  });
});

describe('or-self-assessment-before-plan', () => {
  it('accepts a self-assessment on the plan date (the last good day)', () => {
    expect(check('or-self-assessment-before-plan', orCase('JOBS', { selfAssessmentDate: '2026-11-10' }), AS_OF).item?.status).toBe('done');
  });

  it('reports a self-assessment dated the day after the plan, with both dates', () => {
    const { findings } = check('or-self-assessment-before-plan', orCase('PRE-TANF', { selfAssessmentDate: '2026-11-11' }), AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain('dated 11/10/2026');
    expect(findings[0]!.explanation).toContain('reads 11/11/2026');
  });

  it('reports a plan with no self-assessment date (demo case 1000106)', () => {
    const { findings } = check('or-self-assessment-before-plan', orCase('PRE-TANF', { selfAssessmentDate: undefined }), AS_OF);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.explanation).toContain('My Self Assessment (DHS 7823) date reads blank.');
  });

  it('does not apply while there is no plan, and is unknown when the plan screen was not seen', () => {
    expect(check('or-self-assessment-before-plan', orCase('JOBS', { planDate: undefined, selfAssessmentDate: undefined }), AS_OF).item).toBeUndefined();
    expect(check('or-self-assessment-before-plan', orCase('JOBS', null), AS_OF).item?.status).toBe('unknown');
  });
});

describe('or-unsigned-plan-narration', () => {
  const why = { date: '2026-11-12', text: 'CLIENT DID NOT SIGN THE PLAN BECAUSE SHE DISAGREES WITH THE HOURS. PLAN EXPLAINED TO CLIENT.' };

  it('is met by one narration since the plan date giving the reason and the explanation', () => {
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: false }, [why]), AS_OF).item?.status).toBe('done');
    const sameDay = { ...why, date: '2026-11-10' };
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: false }, [sameDay]), AS_OF).item?.status).toBe('done');
  });

  it('fires when the narration gives the reason but not that the plan was explained, or the other way round', () => {
    const reasonOnly = { date: '2026-11-12', text: 'CLIENT REFUSED TO SIGN BECAUSE OF THE HOURS.' };
    const explainedOnly = { date: '2026-11-12', text: 'PLAN EXPLAINED; CLIENT DID NOT SIGN.' };
    for (const n of [reasonOnly, explainedOnly]) {
      const { findings } = check('or-unsigned-plan-narration', orCase('JOBS', { signed: false }, [n]), AS_OF);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.explanation).toContain('The JOBS case plan of 11/10/2026 is not signed');
    }
  });

  it('does not count a narration from before the plan date', () => {
    const early = { ...why, date: '2026-11-09' };
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: false }, [early]), AS_OF).findings).toHaveLength(1);
  });

  it('fires for the demo case 1000104 narration that only says the plan was developed', () => {
    const n = { date: '2026-11-10', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.' };
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: false }, [n]), AS_OF).findings[0]!.severity).toBe('error');
  });

  it('does not apply to a signed plan or to TA-DVS, which needs no signature', () => {
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: true }), AS_OF).item).toBeUndefined();
    expect(check('or-unsigned-plan-narration', orCase('TA-DVS', { signed: false }), AS_OF).item).toBeUndefined();
  });

  it('applies to Pre-TANF, REF and SFPSS plans too', () => {
    for (const p of ['PRE-TANF', 'REF', 'SFPSS'] as const) {
      expect(check('or-unsigned-plan-narration', orCase(p, { signed: false }), AS_OF).item?.status).toBe('action-needed');
    }
  });

  it('is unknown when the signature or the narrations are not on any screen seen', () => {
    expect(check('or-unsigned-plan-narration', orCase('JOBS', { signed: undefined }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.signed'] });
    expect(check('or-unsigned-plan-narration', { ...orCase('JOBS', { signed: false }), narrations: undefined }, AS_OF).item).toMatchObject({
      status: 'unknown',
      missing: ['narrations'],
    });
  });
});

describe('or-plan-signature', () => {
  it('asks for a signature on an unsigned Pre-TANF, REF or SFPSS plan as a warning', () => {
    for (const p of ['PRE-TANF', 'REF', 'SFPSS'] as const) {
      const { findings } = check('or-plan-signature', orCase(p, { signed: false }), AS_OF);
      expect(findings.map((f) => [f.severity, f.mark])).toEqual([['warning', 'casePlan.signed']]);
      expect(findings[0]!.explanation).toContain(`The ${p} case plan of 11/10/2026 is not signed`);
    }
  });

  it('does not apply to JOBS (in effect unsigned) or TA-DVS (no signature needed)', () => {
    expect(check('or-plan-signature', orCase('JOBS', { signed: false }), AS_OF).item).toBeUndefined();
    expect(check('or-plan-signature', orCase('TA-DVS', { signed: false }), AS_OF).item).toBeUndefined();
  });
});

describe('or-rights-form-7819', () => {
  it('fires for a JOBS case without DHS 7819 on file (demo case 1000109)', () => {
    const { findings } = check('or-rights-form-7819', orCase('JOBS', { rightsFormOnFile: false }), AS_OF);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.explanation).toContain('DHS 7819');
  });

  it('does not apply to TA-DVS (demo case 1000105) and is unknown when the indicator is not seen', () => {
    expect(check('or-rights-form-7819', orCase('TA-DVS', { rightsFormOnFile: false }), AS_OF).item).toBeUndefined();
    expect(check('or-rights-form-7819', orCase('JOBS', { rightsFormOnFile: undefined }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.rightsFormOnFile'] });
    expect(check('or-rights-form-7819', orCase('JOBS'), AS_OF).item?.status).toBe('done');
  });
});

describe('or-release-of-information', () => {
  it('warns when no release is on file and is done when one is', () => {
    expect(check('or-release-of-information', orCase('SFPSS', { releaseOnFile: false }), AS_OF).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(check('or-release-of-information', orCase('SFPSS'), AS_OF).item?.status).toBe('done');
  });

  it('does not apply to Post-TANF', () => {
    expect(check('or-release-of-information', orCase('POST-TANF', { releaseOnFile: false }), AS_OF).item).toBeUndefined();
  });
});

describe('or-plan-review-date', () => {
  it('is due soon on the review date itself (the last good day) and overdue the day after', () => {
    const facts = orCase('JOBS', { reviewDate: '2026-11-24' });
    expect(check('or-plan-review-date', facts, '2026-11-24').item).toMatchObject({ status: 'due-soon', due: '2026-11-24' });
    const { item, findings } = check('or-plan-review-date', facts, '2026-11-25');
    expect(item?.status).toBe('overdue');
    expect(findings[0]!.explanation).toBe('The case plan is due for review by 11/24/2026, the plan review date on TRACS.');
    expect(findings[0]!.mark).toBe('casePlan.reviewDate');
  });

  it('is open when the review date is weeks away and unknown without one', () => {
    expect(check('or-plan-review-date', orCase('JOBS'), AS_OF).item?.status).toBe('open');
    expect(check('or-plan-review-date', orCase('JOBS', { reviewDate: undefined }), AS_OF).item).toMatchObject({ status: 'unknown', missing: ['casePlan.reviewDate'] });
  });

  it('counts due-soon in Oregon business days (Thanksgiving week)', () => {
    // Review Monday 11/30: from Tuesday 11/24, Thursday 11/26 is a holiday, so 3 business days are left.
    expect(check('or-plan-review-date', orCase('JOBS', { reviewDate: '2026-11-30' }), '2026-11-24').item?.status).toBe('due-soon');
    expect(check('or-plan-review-date', orCase('JOBS', { reviewDate: '2026-12-01' }), '2026-11-24').item?.status).toBe('open');
  });
});
