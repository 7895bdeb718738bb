/**
 * The lists added for the issue-11 duties, read from their demo fixture screens into case
 * facts: penalties, messages, EIS notices, releases of information, plan barriers and
 * activities (built-in profiles), and childcare requests (the agency's imported profile).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtInKnowledge } from '../../../lib/knowledge';
import { readScreen } from '../../../lib/screen/read-screen';
import { observe } from '../../../lib/facts/observation';
import { parseProfileFile } from '../../../lib/config/profile-file';
import type { ScreenProfile } from '../../../lib/screen/profile-schema';
import { loadFixture } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const opts = { url: 'http://legacy.example/screen', referenceYear: 2026 };

function factsOf(fixture: string, using: readonly ScreenProfile[] = profiles) {
  const { read } = readScreen(loadFixture(fixture), using, opts);
  expect(read?.problems.map((p) => p.message)).toEqual([]);
  return observe(read!).facts;
}

describe('lists for the issue-11 duties', () => {
  it('CMS penalty tracking: every date column, blank ones left out', () => {
    expect(factsOf('ak-cms-penalties/2000216.html').penalties).toEqual([
      { date: '2026-10-14', reason: 'FAILED TO PARTICIPATE IN JOB SEARCH', goodCause: false, goodCauseDate: '2026-10-17', requestedDate: '2026-10-17', intentDate: '2026-11-03', compliedDate: '2026-11-09', endDate: '2026-11-09' },
    ]);
  });

  it('CMS message log: received and responded dates', () => {
    expect(factsOf('ak-cms-messages/2000218.html').messages).toEqual([
      { date: '2026-11-14', from: 'PARTNER AGENCY', channel: 'EMAIL', subject: 'CWE SITE HOURS', respondedDate: '2026-11-14' },
      { date: '2026-11-18', from: 'CLIENT', channel: 'VOICEMAIL', subject: 'QUESTION ABOUT BUS PASS' },
    ]);
  });

  it('EIS notice history: the J016 and its free-form text', () => {
    const facts = factsOf('ak-eis-notices/2000220.html');
    expect(facts.caseNumber).toBe('2000220');
    expect(facts.notices).toEqual([{ date: '2026-10-05', code: 'J016', text: 'PLEASE CALL YOUR CASE MANAGER TO SCHEDULE YOUR APPOINTMENT' }]);
  });

  it('CMS FSSP: releases of information beside the review dates, which stay dates only', () => {
    const facts = factsOf('ak-cms-fssp/2000217-releases.html');
    expect(facts.releasesOfInformation).toEqual([
      { date: '2026-10-24', party: 'PROBATION OFFICER', type: 'GENERAL' },
      { date: '2026-11-17', party: 'NORTHSTAR CLINIC', type: 'HIPAA' },
    ]);
    expect(facts.fssp?.reviewDates).toEqual(['2026-11-06', '2026-12-06', '2027-01-05']);
    expect(factsOf('ak-cms-fssp/2000203.html').releasesOfInformation).toEqual([]);
  });

  it('TRACS case plan: barriers and the activities that address them, services unchanged', () => {
    const facts = factsOf('or-tracs-case-plan/1000116-barriers.html');
    expect(facts.casePlan?.barriers).toEqual([{ code: 'CC', date: '2026-11-11' }, { code: 'TR', date: '2026-11-11' }]);
    expect(facts.casePlan?.activities).toEqual([{ code: 'JSRCH', date: '2026-11-14' }, { code: 'CCREF', barrier: 'CC', date: '2026-11-14' }]);
    expect(facts.services).toEqual([{ date: '2026-11-13', service: 'CPDEV', staff: 'family-coach', memberId: '01' }]);
    expect(factsOf('or-tracs-case-plan/1000101.html').casePlan).toMatchObject({ barriers: [], activities: [] });
  });

  it('the CMS childcare screen stays unknown to built-in profiles; the agency profile reads its request history', () => {
    expect(readScreen(loadFixture('_none/cms-childcare-history-unknown.html'), profiles, opts).read).toBeNull();
    const file = parseProfileFile(readFileSync('test/fixtures/agency-profiles/ak-cms-childcare.json', 'utf8'));
    if (!file.ok) throw new Error(file.error);
    expect(factsOf('_none/cms-childcare-history-unknown.html', file.profiles).childcare).toEqual({
      requestDate: '2026-11-20',
      forMonth: '2026-12',
      requests: [
        { date: '2026-11-20', forMonth: '2026-12', status: 'REQUESTED' },
        { date: '2026-10-24', forMonth: '2026-11', status: 'AUTHORIZED' },
      ],
    });
  });
});
