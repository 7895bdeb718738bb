/**
 * An agency's own survey form, bound by a profile it imports: its field names and option values
 * reach the RMSS checks exactly as the built-in RMSS form's do; a binding naming a survey,
 * question or option CaseLens does not have is refused on import with the reason.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProfileFile } from '../../../lib/config/profile-file';
import { boundSurveys, surveysForPage } from '../../../lib/rmss/profile-surveys';
import { findSurveyForm, readFormValues } from '../../../lib/rmss/form-dom';
import { answersFromForm } from '../../../lib/rmss/form-values';
import { validateAnswers } from '../../../lib/rmss/validate';
import { loadFixture } from '../helpers/dom';

const FILE = 'test/fixtures/agency-profiles/or-agency-time-study.json';
const agency = () => {
  const file = parseProfileFile(readFileSync(FILE, 'utf8'));
  if (!file.ok) throw new Error(file.error);
  return file.profiles;
};

function answer(doc: Document, name: string, value: string) {
  const el = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]${doc.querySelector(`input[type=radio][name="${name}"]`) ? `[value="${value}"]` : ''}`)!;
  if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = true;
  else el.value = value;
}

describe('survey forms bound by a profile', () => {
  it('the built-in surveys alone do not find the agency form; with its profile they do, first', () => {
    const doc = loadFixture('_none/agency-time-study.html');
    expect(findSurveyForm(doc, surveysForPage([]))).toBeNull();
    const found = findSurveyForm(doc, surveysForPage(agency()));
    expect(found).toMatchObject({ survey: { id: 'or-rmss', form: { selector: '#tsForm' } }, root: { id: 'tsForm' } });
  });

  it("the agency's names and values become the survey's answers and get its checks", () => {
    const doc = loadFixture('_none/agency-time-study.html');
    const [survey] = boundSurveys(agency());
    const { root } = findSurveyForm(doc, [survey!])!;
    answer(doc, 'ACTCAT', 'SS');
    answer(doc, 'CASETYPE', 'CS');
    answer(doc, 'CASENO1', '1000101');
    answer(doc, 'CASENO2', '1000102');
    answer(doc, 'ELIGACT', 'INT');
    answer(doc, 'NONELIGACT', 'TCM');
    const answers = answersFromForm(survey!, readFormValues(root, survey!));
    expect(answers).toMatchObject({ '1.A': '1.A.2', '2.A': '2.A.2', '2-case': ['1000101', '1000102'], '3.A': '3.A.1', '4.A': '4.A.8' });
    const ids = validateAnswers(survey!, answers).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['case-id-count:2-case', 'rule:section-4-excludes-section-3:3.A']));
  });

  it('refuses a binding to a survey, question or option CaseLens does not have', () => {
    const text = readFileSync(FILE, 'utf8');
    const bad = (from: string, to: string) => parseProfileFile(text.replace(from, to), 'agency.json');
    expect(bad('"survey": "or-rmss"', '"survey": "wa-rmss"')).toMatchObject({ ok: false, error: expect.stringContaining('"wa-rmss" is not a survey CaseLens has') });
    expect(bad('"question": "3.A"', '"question": "9.Z"')).toMatchObject({ ok: false, error: expect.stringContaining('has no question "9.Z"') });
    expect(bad('"TCM": "4.A.8"', '"TCM": "4.A.99"')).toMatchObject({ ok: false, error: expect.stringContaining('has no option "4.A.99"') });
  });
});
