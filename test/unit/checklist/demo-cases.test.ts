/**
 * Every demo case read screen by screen, merged and evaluated, as the extension does: each
 * case shows the situation its note describes (and the clean ones stay clean).
 */
import { describe, expect, it } from 'vitest';
import { DemoState } from '../../../demo/data/state';
import { builtInKnowledge } from '../../../lib/knowledge';
import { readScreen } from '../../../lib/screen/read-screen';
import { observe } from '../../../lib/facts/observation';
import { mergeObservation } from '../../../lib/facts/merge';
import type { CaseState } from '../../../lib/facts/provenance';
import { caseKeyOf, type CaseFacts } from '../../../lib/facts/case-facts';
import { makeEvaluator, type CaseEvaluation } from '../../../lib/checklist/case-evaluator';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { FIXTURE_TODAY } from '../../fixtures/demo-fixtures';
import { childcareScreenOf, screensOf } from '../../fixtures/demo-case-screens';
import { parseHtml } from '../helpers/dom';
import { readFileSync } from 'node:fs';
import { parseProfileFile } from '../../../lib/config/profile-file';
import type { ScreenProfile } from '../../../lib/screen/profile-schema';

const state = new DemoState(FIXTURE_TODAY);
const knowledge = builtInKnowledge();
// Noon in Anchorage on the fixture day: "today" is FIXTURE_TODAY in every CaseLens time zone.
const evaluate = makeEvaluator(DEFAULT_SETTINGS, knowledge, new Date(`${FIXTURE_TODAY}T21:00:00Z`));

/** The agency profile an Alaska office imports for the CMS childcare screen (no built-in profile reads it). */
function agencyChildcareProfiles(): ScreenProfile[] {
  const file = parseProfileFile(readFileSync('test/fixtures/agency-profiles/ak-cms-childcare.json', 'utf8'));
  if (!file.ok) throw new Error(file.error);
  return file.profiles;
}

const evaluated = new Map<string, CaseEvaluation & { facts: CaseFacts }>();

/**
 * Reads every screen of the case; `withAgencyChildcare` also reads the CMS childcare screen with
 * the agency's profile. Each case is read once: the tests only look at the result.
 */
export function evaluateDemoCase(caseNo: string, withAgencyChildcare = false): CaseEvaluation & { facts: CaseFacts } {
  const key = `${caseNo}|${withAgencyChildcare}`;
  if (!evaluated.has(key)) evaluated.set(key, readDemoCase(caseNo, withAgencyChildcare));
  return evaluated.get(key)!;
}

function readDemoCase(caseNo: string, withAgencyChildcare: boolean): CaseEvaluation & { facts: CaseFacts } {
  const c = state.cases.find((x) => x.caseNo === caseNo)!;
  let known: CaseState | undefined;
  const childcare = withAgencyChildcare ? childcareScreenOf(c, state) : undefined;
  const profiles = withAgencyChildcare ? [...knowledge.profiles, ...agencyChildcareProfiles()] : knowledge.profiles;
  for (const screen of [...screensOf(c, state), ...(childcare ? [{ html: childcare }] : [])]) {
    const { read } = readScreen(parseHtml(screen.html), profiles, { url: 'http://demo/', referenceYear: 2026 });
    if (!read) throw new Error(`a screen of ${caseNo} was not recognised`);
    const obs = observe(read);
    const key = obs.caseKey ?? `${c.state}:${caseNo}`;
    expect(key).toBe(caseKeyOf({ jurisdiction: c.state, caseNumber: caseNo }));
    known = mergeObservation(known, { ...obs, facts: { ...obs.facts, jurisdiction: c.state, caseNumber: caseNo } as CaseFacts }, 'now');
  }
  return { ...evaluate(known!), facts: known!.facts };
}

const findingIds = (caseNo: string) => evaluateDemoCase(caseNo).findings.map((f) => f.ruleId).sort();
const status = (caseNo: string, ruleId: string) => evaluateDemoCase(caseNo).checklist.filter((i) => i.ruleId === ruleId).map((i) => i.status);

describe('demo cases show what their notes say', () => {
  it.each([
    ['1000101', ['or-plan-narrated', 'or-tcm-flag', 'or-tcm-narration']],
    ['1000104', ['or-unsigned-plan-narration']],
    ['1000106', ['or-self-assessment-before-plan']],
    ['1000107', ['or-retention-monthly-check-in']],
    ['1000108', ['or-tcm-narration']],
    ['1000109', ['or-rights-form-7819']],
    ['1000110', ['or-plan-narrated', 'or-tcm-flag', 'or-tcm-narration']],
    ['1000114', ['or-plan-review-date']],
    ['1000115', ['or-plan-narrated']],
    ['1000116', ['or-retention-barriers-addressed']],
    ['2000201', ['ak-initial-contact']],
    ['2000203', ['ak-fssp-expired']],
    ['2000204', ['ak-ff-family-network-within-60-days']],
    ['2000205', ['ak-supportive-services-approval']],
    ['2000207', ['ak-fssp-mailed-clno', 'ak-fssp-signed']],
    ['2000209', ['ak-ea-clno-within-2-days']],
    ['2000210', ['ak-ea-within-30-days', 'ak-epi-within-30-days', 'ak-fssp-within-30-days']],
    ['2000215', ['ak-penalty-requested']],
    ['2000216', ['ak-penalty-end-date']],
    ['2000217', ['ak-roi-documented']],
    ['2000218', ['ak-respond-within-1-business-day']],
    ['2000219', ['ak-wf-40-hours']],
    ['2000220', ['ak-j016-ea-appointment-time']],
    ['2000222', ['ak-appointment-on-closure-day', 'ak-ff-family-support-team-within-60-days', 'ak-ff-next-track-review-within-month', 'ak-referral-follow-up-date']],
    ['3000301', ['me-fn06-amendment-binds-both']],
    ['3000303', ['me-fn05-employment-plan']],
  ])('%s has exactly the findings of its note', (caseNo, expected) => {
    expect(findingIds(caseNo)).toEqual(expected);
  });

  it.each(['1000102', '1000103', '1000105', '1000111', '1000113', '2000202', '2000211', '2000213', '2000214', '2000221', '2000223', '3000302', ...Array.from({ length: 10 }, (_, i) => String(1000150 + i))])(
    '%s is clean',
    (caseNo) => expect(findingIds(caseNo)).toEqual([]),
  );

  it('a parent aged 13 leaves the TCM duty not applicable; 14 makes it action needed', () => {
    expect(status('1000102', 'or-tcm-flag')).toEqual(['done']);
    expect(status('1000101', 'or-tcm-flag')).toEqual(['action-needed']);
  });

  it('a narrated plan is done, a plan whose narration never names it is not; a Pre-TANF plan is confirmed by the coach', () => {
    expect(status('1000104', 'or-plan-narrated')).toEqual(['done']);
    expect(status('1000115', 'or-plan-narrated')).toEqual(['action-needed']);
    expect(status('1000106', 'or-pre-tanf-plan-by-assessment-end')).toEqual(['to-confirm']);
    expect(status('1000104', 'or-pre-tanf-plan-by-assessment-end')).toEqual([]);
  });

  it('forward childcare duty: open with its due date from the supportive service alone; done or missed once the childcare screen is read', () => {
    expect(evaluateDemoCase('2000213').checklist.find((i) => i.ruleId === 'ak-childcare-request-next-month')).toMatchObject({ status: 'open', due: '2026-11-30', missing: ['childcare.requests'] });
    const onSchedule = evaluateDemoCase('2000213', true);
    expect(onSchedule.findings).toEqual([]);
    expect(onSchedule.checklist.find((i) => i.ruleId === 'ak-childcare-request-next-month')).toMatchObject({ status: 'done', due: '2026-11-30', doneOn: '2026-11-20' });
    const lapsed = evaluateDemoCase('2000214', true);
    expect(lapsed.findings.map((f) => [f.ruleId, f.status, f.due])).toEqual([['ak-childcare-request-next-month', 'overdue', '2026-10-31']]);
    expect(lapsed.checklist.find((i) => i.ruleId === 'ak-childcare-request-next-month')).toMatchObject({ status: 'open', due: '2026-11-30' });
    expect(evaluateDemoCase('2000211', true).findings).toEqual([]);
  });

  it('penalties, releases, messages and notices: done rows beside the ones missed', () => {
    expect(status('2000216', 'ak-penalty-requested')).toEqual(['done']);
    expect(status('2000215', 'ak-penalty-requested')).toEqual(['overdue']);
    expect(evaluateDemoCase('2000217').checklist.find((i) => i.ruleId === 'ak-roi-documented')).toMatchObject({ status: 'overdue', instances: 2 });
    expect(evaluateDemoCase('2000218').checklist.find((i) => i.ruleId === 'ak-respond-within-1-business-day')).toMatchObject({ status: 'overdue', instances: 2 });
    expect(status('2000221', 'ak-j016-ea-appointment-time')).toEqual(['done']);
    expect(status('2000221', 'ak-initial-contact')).toEqual(['done']);
  });

  it('Families First: documents dated on the Families First screen count; the Family Support Team meeting set shows that duty done', () => {
    expect(status('2000222', 'ak-ff-weekly-calendar-within-60-days')).toEqual(['done']);
    expect(status('2000222', 'ak-ff-family-support-team-within-60-days')).toEqual(['overdue']);
    expect(status('2000223', 'ak-ff-family-support-team-within-60-days')).toEqual(['done']);
    expect(status('2000222', 'ak-ff-family-support-team-meeting')).toEqual(['done']);
    expect(evaluateDemoCase('2000222').findings.find((f) => f.ruleId === 'ak-appointment-on-closure-day')).toMatchObject({ severity: 'info' });
  });

  it('a referral the day before a holiday is contacted on time the business day after it', () => {
    expect(status('2000202', 'ak-initial-contact')).toEqual(['done']);
  });

  it('an unreadable FSSP date is unknown, never taken as blank', () => {
    const e = evaluateDemoCase('2000212');
    expect(e.facts.fssp?.planDate).toBeUndefined();
    expect(status('2000212', 'ak-fssp-within-30-days')).toEqual(['unknown']);
  });

  it('work verification for last month is due on the 20th; an exit summary by the end of the month after closure', () => {
    const wv = evaluateDemoCase('2000206').checklist.find((i) => i.ruleId === 'ak-work-verification-clno' && i.status === 'overdue');
    expect(wv?.due).toBe('2026-11-20');
    const exit = evaluateDemoCase('2000208').checklist.find((i) => i.ruleId === 'ak-exit-summary');
    expect(exit).toMatchObject({ status: 'open', due: '2026-11-30' });
  });
});
