/**
 * Reading the demo RMSS form as the overlay does: the survey's selector finds the form, the
 * bound controls' values become answers, and each question's mark sits beside its fieldset (or
 * its control when it has none). Reading never changes the form.
 */
import { describe, expect, it } from 'vitest';
import { rmssSurvey } from '../../../demo/screens/rmss/rmss-form';
import { anchorFor, findSurveyForm, readFormValues } from '../../../lib/rmss/form-dom';
import { answersFromForm } from '../../../lib/rmss/form-values';
import { parseHtml } from '../helpers/dom';
import { survey } from './fixtures';

const or = survey('or-rmss');
const example = survey('example-time-study');
const demoForm = () => parseHtml(rmssSurvey('RMS-2026-0042', '2026-03-02 10:15'));

function check(doc: Document, name: string, value: string) {
  const input = doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  if (!input) throw new Error(`no ${name}=${value}`);
  input.checked = true;
}

describe('survey form on the page', () => {
  it('finds the Oregon survey form by its selector, and nothing on a page without one', () => {
    const found = findSurveyForm(demoForm(), [example, or]);
    expect(found?.survey.id).toBe('or-rmss');
    expect(found?.root.id).toBe('rmssForm');
    expect(findSurveyForm(parseHtml('<form id="other"><input name="s1"></form>'), [or])).toBeNull();
  });

  it('a survey whose selector the browser cannot parse is skipped, not thrown', () => {
    const broken = { ...or, form: { ...or.form!, selector: 'form[' } };
    expect(findSurveyForm(demoForm(), [broken, or])?.survey).toBe(or);
  });

  it('an untouched form reads as no answers', () => {
    const doc = demoForm();
    const { root } = findSurveyForm(doc, [or])!;
    const raw = readFormValues(root, or);
    expect(raw).toMatchObject({ s1: '', s2: '', s3: '', s4: '', caseId1: '', caseId2: '', caseId3: '', comment: '' });
    expect(answersFromForm(or, raw)).toEqual({});
  });

  it('reads checked radios, case identifiers and the comment as survey answers', () => {
    const doc = demoForm();
    check(doc, 's1', '1.A.2');
    check(doc, 's2', '2.A.2');
    check(doc, 's4', '4.A.8');
    doc.querySelector<HTMLInputElement>('#caseId1')!.value = ' 1000101 ';
    doc.querySelector<HTMLInputElement>('#caseId3')!.value = '1000102';
    doc.querySelector<HTMLTextAreaElement>('#comment')!.value = 'Developed a case plan.';
    const { root } = findSurveyForm(doc, [or])!;
    expect(answersFromForm(or, readFormValues(root, or))).toEqual({
      '1.A': '1.A.2',
      '2.A': '2.A.2',
      '2-case': ['1000101', '1000102'],
      '4.A': '4.A.8',
      comment: 'Developed a case plan.',
    });
  });

  it('marks sit beside the question’s fieldset, or its control when it has none', () => {
    const doc = demoForm();
    const { root } = findSurveyForm(doc, [or])!;
    const section = (q: string) => anchorFor(root, or, q)?.getAttribute('data-section');
    expect(section('1.A')).toBe('1');
    expect(section('2.A')).toBe('2');
    expect(section('2-case')).toBe('2-case');
    expect(section('3.A')).toBe('3');
    expect(section('4.A')).toBe('4');
    expect(anchorFor(root, or, 'comment')?.id).toBe('comment');
    expect(anchorFor(root, or, 'no-such-question')).toBeNull();
  });

  it('a fieldset that also holds another question’s controls is not taken as a question’s own', () => {
    const doc = parseHtml(
      '<form id="rmssForm"><fieldset id="all"><input type="radio" name="s1" value="1.A.2"><input type="radio" name="s2" value="2.A.2"></fieldset></form>',
    );
    const { root } = findSurveyForm(doc, [or])!;
    expect(anchorFor(root, or, '1.A')?.getAttribute('name')).toBe('s1');
  });
});
