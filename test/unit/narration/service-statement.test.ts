/**
 * 000 TCM step 1.b: the narration must say the service WAS provided. Naming it in a note that
 * says it was not done (a no-show, a refusal) does not satisfy the step, and the lint says why.
 */
import { describe, expect, it } from 'vitest';
import { statesServiceProvided } from '../../../lib/narration/service-statement';
import { check } from '../rules/helpers';
import { DEFAULT_TCM_SERVICES } from '../../../lib/config/settings-schema';

const keywords = (id: string) => DEFAULT_TCM_SERVICES.find((s) => s.id === id)!.keywords;

describe('statesServiceProvided', () => {
  it.each([
    ['SCREENING NOT DONE; PARTICIPANT DECLINED.', 'sud-mh-screening'],
    ['CASE PLAN NOT DEVELOPED - NO SHOW.', 'case-plan'],
    ['Participant refused the screening.', 'sud-mh-screening'],
    ['Case plan to be developed at next appointment.', 'case-plan'],
    ['Will complete case plan next week.', 'case-plan'],
    ['Client no-showed for the case plan appointment.', 'case-plan'],
  ])('"%s" does not say %s was provided', (text, id) => {
    const r = statesServiceProvided(text, keywords(id));
    expect(r.provided).toBe(false);
    expect(r.negated).toBeDefined();
  });

  it.each([
    ['TANF family coach developed case plan with participant.', 'case-plan'],
    ['TANF FAMILY COACH SCREENED FOR SUD/MH.', 'sud-mh-screening'],
    ['Participant did not have childcare; TANF family coach developed case plan with participant.', 'case-plan'],
  ])('"%s" says %s was provided', (text, id) => {
    expect(statesServiceProvided(text, keywords(id)).provided).toBe(true);
  });

  it('says nothing was negated when the service is not named at all', () => {
    expect(statesServiceProvided('Called participant about childcare.', keywords('case-plan'))).toEqual({ provided: false });
  });
});

describe('or-tcm-narration with a negated narration', () => {
  const service = { date: '2026-11-10', service: 'CPDEV', staff: 'family-coach' as const, memberId: '01' };
  const household = [{ memberId: '01', role: 'parent' as const, dob: '2010-01-01' }];
  const orCase = (text: string) => ({
    jurisdiction: 'OR' as const, program: 'JOBS' as const, household, services: [service], narrations: [{ date: '2026-11-10', text }],
    casePlan: { tcmFlag: true },
  });

  it('stays a finding when the narration says the case plan was not developed (failed before: keyword match)', () => {
    expect(check('or-tcm-narration', orCase('CASE PLAN NOT DEVELOPED - NO SHOW.'), '2026-11-12').findings).toHaveLength(1);
    expect(check('or-tcm-narration', orCase('TANF family coach developed case plan with participant.'), '2026-11-12').findings).toEqual([]);
  });
});
