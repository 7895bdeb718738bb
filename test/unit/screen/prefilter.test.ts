/**
 * The first stage's check (lib/screen/prefilter.ts) is a necessary condition of recognition:
 * on every fixture screen, each profile that matches passed it; the bench's 1000-row caseload
 * report (a page of the agency's app that no profile describes) passes for none, so the reader
 * never loads there; agency profiles imported in tests pass on their own screens too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInKnowledge } from '../../../lib/knowledge';
import { makeSnapshot } from '../../../lib/screen/read-screen';
import { recognise } from '../../../lib/screen/recognise';
import { hasSurveyForm, possibleProfiles } from '../../../lib/screen/prefilter';
import { ScreenProfileSchema, type ScreenProfile } from '../../../lib/screen/profile-schema';
import { workerSurveys } from '../../../lib/rmss/surveys';
import { caseloadReport } from '../../../demo/screens/bench/bench-screens';
import { rmssSurvey } from '../../../demo/screens/rmss/rmss-form';
import { fixtureFiles, loadFixture, parseHtml } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const url = 'http://legacy.example/screen';
const agencyProfiles: ScreenProfile[] = readdirSync(path.resolve('test/fixtures/agency-profiles'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const parsed = ScreenProfileSchema.safeParse(JSON.parse(readFileSync(path.resolve('test/fixtures/agency-profiles', f), 'utf8')));
    return parsed.success ? [parsed.data] : [];
  });

describe('possibleProfiles', () => {
  it.each(fixtureFiles().map((f) => [`${f.folder}/${f.name}`, f] as const))('%s: every profile that recognises it passes the check', (_, file) => {
    const doc = loadFixture(file);
    const all = [...profiles, ...agencyProfiles];
    const matched = recognise(makeSnapshot(doc, url), all).map((m) => m.profile.id);
    const possible = possibleProfiles(doc, url, all).map((p) => p.id);
    for (const id of matched) expect(possible).toContain(id);
  });

  it('a 1000-row report page of the agency\'s app: no profile could match, no survey form', () => {
    const doc = parseHtml(caseloadReport(1000));
    expect(possibleProfiles(doc, url, profiles)).toEqual([]);
    expect(hasSurveyForm(doc, workerSurveys())).toBe(false);
  });

  it('a profile\'s URL pattern and its selectors rule it out without reading the page\'s text', () => {
    const doc = parseHtml('<html><body><h2>Client Notes (CLNO)</h2><p>Case Management System</p></body></html>');
    const clno = profiles.find((p) => p.id === 'ak-cms-clno-list')!;
    expect(possibleProfiles(doc, url, [clno])).toEqual([clno]);
    expect(possibleProfiles(doc, url, [{ ...clno, match: { ...clno.match, url: 'https://other.example/*' } }])).toEqual([]);
    const noH2 = parseHtml('<html><body><h3>Client Notes (CLNO)</h3></body></html>');
    expect(possibleProfiles(noH2, url, [clno])).toEqual([]);
  });

  it('the RMSS survey page holds a survey form', () => {
    expect(hasSurveyForm(parseHtml(rmssSurvey('RMS-1', '2026-11-23 10:15', '')), workerSurveys())).toBe(true);
  });
});
