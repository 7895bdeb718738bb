import { describe, expect, it } from 'vitest';
import { builtInKnowledge } from '../../../lib/knowledge';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { makeEvaluator } from '../../../lib/checklist/case-evaluator';
import { builtInTemplates } from '../../../lib/templates';
import { MAX_SUGGESTIONS, searchTemplates, suggestTemplates } from '../../../lib/narration/suggest';
import { alreadyNarrated } from '../../../lib/narration/already-narrated';
import type { CaseFacts } from '../../../lib/facts/case-facts';
import { NOW, ctxFor } from './helpers';

/** An Oregon JOBS case like demo 1000101: a parent aged 14, a case plan developed by the coach two days ago, flag N. */
const teenParentCase = (more: Partial<CaseFacts> = {}): CaseFacts => ({
  jurisdiction: 'OR',
  caseNumber: '1000101',
  program: 'JOBS',
  household: [{ memberId: '01', firstName: 'ANA', lastName: 'RIVERA', dob: '2011-12-01', role: 'parent' }],
  casePlan: { planDate: '2026-03-08', tcmFlag: false, signed: true },
  services: [{ date: '2026-03-08', service: 'CPDEV', staff: 'family-coach', memberId: '01' }],
  narrations: [],
  ...more,
});

function suggestFor(facts: CaseFacts) {
  const evaluation = makeEvaluator(DEFAULT_SETTINGS, builtInKnowledge(), NOW)({ facts });
  const templates = builtInTemplates().filter((t) => t.jurisdiction === facts.jurisdiction);
  return suggestTemplates({ templates, findings: evaluation.findings, checklist: evaluation.checklist, facts, ctx: ctxFor(facts.jurisdiction) });
}

describe('template suggestions', () => {
  it('suggests only what the case needs, each with the reason (not every template for the screen)', () => {
    const { suggested, alreadyNarrated: done } = suggestFor(teenParentCase());
    // The TCM note (000 step 1.b) and, since the plan is new and not narrated, the plan note (004 §9).
    expect(suggested.map((s) => s.templateId)).toEqual(['or-tcm-service', 'or-case-plan-developed']);
    expect(suggested[0]!.reason).toMatch(/TCM|narrat/i);
    expect(done).toEqual([]);
    expect(builtInTemplates().filter((t) => t.jurisdiction === 'OR').length).toBeGreaterThan(MAX_SUGGESTIONS);
  });

  it('once the case\'s narration says it (as TRACS keeps it: upper case, joined lines), the TCM note is "already narrated" with the date', () => {
    const facts = teenParentCase({ narrations: [{ date: '2026-03-09', text: 'TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT. PLAN SIGNED.' }] });
    const { suggested, alreadyNarrated: done } = suggestFor(facts);
    expect(suggested.map((s) => s.templateId)).not.toContain('or-tcm-service');
    expect(done).toEqual([expect.objectContaining({ templateId: 'or-tcm-service', prior: expect.objectContaining({ date: '2026-03-09' }) })]);
  });

  it('a case with nothing to narrate gets no suggestion', () => {
    const facts: CaseFacts = { jurisdiction: 'AK', caseNumber: '2000299' };
    expect(suggestFor(facts).suggested).toEqual([]);
  });
});

describe('already narrated', () => {
  const facts = { narrations: [{ date: '2026-03-01', text: 'TANF FAMILY COACH SCREENED FOR SUD/MH.' }, { date: '2026-03-05', text: 'TANF FAMILY COACH SCREENED FOR SUD/MH. FOLLOW-UP NEXT WEEK.' }] };
  it('finds the latest note containing the text, ignoring case, wrapping and punctuation', () => {
    expect(alreadyNarrated('TANF family coach screened for SUD/MH.', facts)?.date).toBe('2026-03-05');
    expect(alreadyNarrated('TANF family coach\nscreened for SUD MH', facts)?.date).toBe('2026-03-05');
  });
  it('a list screen that shows only the start of the note (TRACS NARR: 70 characters) still counts', () => {
    const shown = { narrations: [{ date: '2026-03-09', text: 'TANF FAMILY COACH MADE REFERRAL AND RELATED ACTIVITIES WITH PARTICIPAN' }] };
    expect(alreadyNarrated('TANF family coach made referral and related activities with participant.', shown)?.date).toBe('2026-03-09');
    expect(alreadyNarrated('TANF family coach made referral.', { narrations: [{ date: '2026-03-09', text: 'TANF FAMILY COACH' }] })).toBeUndefined();
  });

  it('never claims a note with holes, a short one, or one that is not there', () => {
    expect(alreadyNarrated('TANF family coach screened for [Service].', facts)).toBeUndefined();
    expect(alreadyNarrated('TANF', facts)).toBeUndefined();
    expect(alreadyNarrated('TANF family coach completed assessment with participant.', facts)).toBeUndefined();
  });
  it('reads Alaska client notes (title and body) too', () => {
    expect(alreadyNarrated('Employability Assessment (EA) completed 03/02/2026', { clnos: [{ date: '2026-03-03', title: 'EMPLOYABILITY ASSESSMENT (EA) COMPLETED 03/02/2026' }] })?.date).toBe('2026-03-03');
  });
});

describe('template search', () => {
  const templates = builtInTemplates();
  it('matches every word typed in the title, description or id, in any order and case', () => {
    expect(searchTemplates(templates, 'ea clno').map((t) => t.id)).toContain('ak-ea-clno');
    expect(searchTemplates(templates, 'SERVICE tcm').map((t) => t.id)).toContain('or-tcm-service');
    expect(searchTemplates(templates, 'supportive').map((t) => t.id)).toEqual(['ak-supportive-services']);
    expect(searchTemplates(templates, '  ')).toHaveLength(templates.length);
    expect(searchTemplates(templates, 'no such template')).toEqual([]);
  });
});
