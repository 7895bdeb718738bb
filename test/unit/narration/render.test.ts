/** Rendering: facts fill fields, answers override, conditional sections, date maths. */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../lib/narration/render';
import { NarrationTemplateSchema, type NarrationTemplateInput } from '../../../lib/narration/template-schema';
import { readFactPath } from '../../../lib/narration/values';
import { ctxFor, factsFor, template } from './helpers';

const tiny = (over: Partial<NarrationTemplateInput>) =>
  NarrationTemplateSchema.parse({
    schemaVersion: 1,
    id: 'tiny',
    title: 'Tiny template',
    jurisdiction: 'AK',
    target: { kind: 'cano' },
    citation: { policy: '003', section: 'All staff §6 CLNOs' },
    fields: [{ key: 'note', label: 'Note', kind: 'text', required: true }],
    sections: [{ text: 'Note: {{note}}' }],
    example: { note: 'x' },
    ...over,
  });

describe('values from the case facts and the answers', () => {
  it('fills fields from the screens and says which values came from there', () => {
    const t = template('ak-fssp-field');
    const facts = factsFor('AK', { fssp: { planDate: '2026-03-03', goal: 'CNA job', goalDate: '2026-09-30', signedDate: '2026-03-04' } });
    const r = renderTemplate(t, { facts, answers: { visit: 'home' } }, ctxFor('AK'));
    expect(r.text).toContain('Goal: CNA job');
    expect(r.text).toContain('Date signed: 03/04/2026');
    expect(r.missing).toEqual([]);
    expect(r.fromScreen.map((f) => [f.key, f.fact])).toEqual([
      ['planDate', 'fssp.planDate'],
      ['goal', 'fssp.goal'],
      ['goalDate', 'fssp.goalDate'],
      ['signedDate', 'fssp.signedDate'],
    ]);
    expect(r.values.visit!.source).toBe('answer');
  });

  it('lets an answer override a screen value, and a cleared answer stay empty', () => {
    const t = template('ak-fssp-field');
    const facts = factsFor('AK', { fssp: { goal: 'CNA job', planDate: '2026-03-03' } });
    const r = renderTemplate(t, { facts, answers: { goal: 'Nursing job', planDate: '' } }, ctxFor('AK'));
    expect(r.values.goal).toMatchObject({ value: 'Nursing job', source: 'answer' });
    expect(r.values.planDate).toMatchObject({ value: undefined, source: 'answer' });
    expect(r.missing.map((m) => m.key)).toContain('planDate');
    expect(r.fromScreen).toEqual([]);
  });

  it('shows a hole "[Label]" for a missing required value and records where it is', () => {
    const t = template('ak-fssp-mailed');
    const r = renderTemplate(t, { facts: factsFor('AK'), answers: { mailedDate: null } }, ctxFor('AK'));
    expect(r.text).toContain('for signature on [Date mailed].');
    expect(r.title).toBe('FSSP mailed for signature on [Date mailed]');
    const span = r.spans.find((s) => s.key === 'mailedDate' && s.in === 'text')!;
    expect(r.text.slice(span.start, span.end)).toBe('[Date mailed]');
    // The due date is computed from the mailed date, so it is missing too.
    expect(r.missing.map((m) => m.key)).toEqual(['mailedDate', 'dueDate']);
  });

  it('picks the latest list element for [latest] and maps screen codes to choices', () => {
    const facts = factsFor('OR', {
      services: [
        { date: '2026-03-05', service: 'SUDMH' },
        { date: '2026-02-01', service: 'CPDEV' },
      ],
    });
    expect(readFactPath(facts, 'services[latest].service')).toBe('SUDMH');
    expect(readFactPath(facts, 'services[1].date')).toBe('2026-02-01');
    const r = renderTemplate(template('or-tcm-service'), { facts, answers: {} }, ctxFor('OR'));
    expect(r.values.service).toMatchObject({ value: 'sud-mh-screening', source: 'screen', fact: 'services[latest].service' });
    expect(r.text).toBe('TANF family coach screened for SUD/MH.');
  });

  it('reads dates typed as MM/DD/YYYY, money with $ and commas, yes/no words', () => {
    const r = renderTemplate(template('ak-supportive-services'), {
      facts: factsFor('AK'),
      answers: { support: 'Tools', amount: '$1,600', need: 'Job start', authDate: '3/4/2026', nonRoutine: 'no', approvedBy: 'J. Smith', approvalDate: '03/04/2026' },
    }, ctxFor('AK'));
    expect(r.values.amount).toMatchObject({ value: 1600, display: '$1,600.00' });
    expect(r.values.authDate!.value).toBe('2026-03-04');
    expect(r.values.nonRoutine!.value).toBe(false);
    expect(r.invalid).toEqual([]);
  });

  it('reports values it cannot read instead of guessing', () => {
    const r = renderTemplate(template('ak-supportive-services'), { facts: factsFor('AK'), answers: { amount: 'sixty', authDate: '02/30/2026' } }, ctxFor('AK'));
    expect(r.invalid.map((i) => i.key)).toEqual(['amount', 'authDate']);
    expect(r.values.amount!.value).toBeUndefined();
  });
});

describe('conditional sections', () => {
  it('shows a section only when its field has a value or equals something', () => {
    const t = template('or-case-plan-developed');
    const base = { action: 'updated', planDate: '2026-03-02', contactMethod: 'phone', contactDate: '2026-03-02', activities: 'Job search.' };
    const signed = renderTemplate(t, { answers: { ...base, signed: true } }, ctxFor('OR'));
    expect(signed.text).toContain('Participant signed the plan and was given a copy.');
    expect(signed.text).not.toContain('Support services');
    expect(signed.text).not.toContain('did not sign');

    const unsigned = renderTemplate(t, { answers: { ...base, signed: false, supports: 'Bus pass.' } }, ctxFor('OR'));
    expect(unsigned.text).toContain('Support services: Bus pass.');
    expect(unsigned.text).toContain('Participant did not sign the plan. Reason: [Why the plan was not signed].');
    expect(unsigned.missing.map((m) => m.key)).toEqual(['unsignedReason', 'explained']);
  });

  it('chooses the first title whose condition holds', () => {
    const t = template('ak-contact-clno');
    const answers = { subject: 'childcare issue', method: 'phone', summary: 'x' };
    expect(renderTemplate(t, { answers: { ...answers, successful: true } }, ctxFor('AK')).title).toBe('Contacted regarding childcare issue');
    expect(renderTemplate(t, { answers: { ...answers, successful: false } }, ctxFor('AK')).title).toBe('Attempted contact regarding childcare issue');
  });

  it('gives only the reminders whose condition holds', () => {
    const t = template('ak-cano');
    const job = renderTemplate(t, { answers: { type: 'job-start', details: 'x' } }, ctxFor('AK'));
    const exemption = renderTemplate(t, { answers: { type: 'exemption', details: 'x' } }, ctxFor('AK'));
    expect(job.reminders.map((r) => r.text)).toEqual(['Set an "E" alert in CMS for this CANO.']);
    expect(exemption.reminders).toHaveLength(2);
  });

  it('supports all/any conditions and greaterThan (supervisor approval over $1500)', () => {
    const t = template('ak-supportive-services');
    const answers = { support: 'Car repair', need: 'Job start', authDate: '2026-03-04' };
    const at1500 = renderTemplate(t, { answers: { ...answers, amount: 1500 } }, ctxFor('AK'));
    expect(at1500.text).not.toContain('Supervisor approval');
    expect(at1500.missing).toEqual([]);
    const over = renderTemplate(t, { answers: { ...answers, amount: 1500.01 } }, ctxFor('AK'));
    expect(over.text).toContain('Supervisor approval: Approved by [Supervisor who approved] on [Approval date].');
    expect(over.missing.map((m) => m.key)).toEqual(['approvedBy', 'approvalDate']);
    const nonRoutine = renderTemplate(t, { answers: { ...answers, amount: 20, nonRoutine: true, approvedBy: 'J. Smith', approvalDate: '2026-03-04' } }, ctxFor('AK'));
    expect(nonRoutine.text).toContain('Supervisor approval: Approved by J. Smith on 03/04/2026.');
  });
});

describe('date maths', () => {
  it('counts business days with the Alaska calendar (Seward’s Day is skipped)', () => {
    const t = template('ak-fssp-mailed');
    // Monday 03/16/2026 + 10 business days: Monday 03/30 is Seward's Day, so Tuesday 03/31.
    const r = renderTemplate(t, { answers: { mailedDate: '2026-03-16' } }, ctxFor('AK'));
    expect(r.values.dueDate).toMatchObject({ value: '2026-03-31', source: 'computed' });
    expect(r.text).toContain('Signed FSSP is due back by 03/31/2026.');
    // Without a holiday in the way: Monday 03/02 + 10 business days = Monday 03/16.
    expect(renderTemplate(t, { answers: { mailedDate: '2026-03-02' } }, ctxFor('AK')).values.dueDate!.value).toBe('2026-03-16');
  });

  it('uses the screen value as the base of a computed date, and an answer overrides the computed one', () => {
    const t = template('ak-fssp-mailed');
    const facts = factsFor('AK', { fssp: { mailedDate: '2026-03-02' } });
    expect(renderTemplate(t, { facts, answers: {} }, ctxFor('AK')).values.dueDate!.value).toBe('2026-03-16');
    expect(renderTemplate(t, { facts, answers: { dueDate: '2026-03-20' } }, ctxFor('AK')).values.dueDate).toMatchObject({ value: '2026-03-20', source: 'answer' });
  });

  it('adds months and finds the end of the month (work screen closes the last day of the month after closure)', () => {
    const t = template('ak-exit-summary');
    const r = renderTemplate(t, { facts: factsFor('AK', { taClosure: { date: '2026-06-30', withWork: true } }), answers: {} }, ctxFor('AK'));
    expect(r.values.workScreenClose!.value).toBe('2026-07-31');
    expect(r.values.postTaEnd!.value).toBe('2027-06-30');
    const jan = renderTemplate(t, { answers: { closureDate: '2026-01-31' } }, ctxFor('AK'));
    expect(jan.values.workScreenClose!.value).toBe('2026-02-28');
  });

  it('falls back from a missing fact to a computed default (the month before today)', () => {
    const t = template('ak-work-verification');
    expect(renderTemplate(t, { answers: {} }, ctxFor('AK')).values.month).toMatchObject({ value: '2026-02', display: '02/2026', source: 'computed' });
    const facts = factsFor('AK', { workActivity: [{ month: '2026-01', hours: 80 }, { month: '2025-12', hours: 60 }] });
    expect(renderTemplate(t, { facts, answers: {} }, ctxFor('AK')).values.hours).toMatchObject({ value: 80, source: 'screen' });
  });

  it('reports that business days need a calendar rather than guessing one', () => {
    const ctx = { ...ctxFor('AK'), calendar: undefined };
    const r = renderTemplate(template('ak-fssp-mailed'), { answers: { mailedDate: '2026-03-02' } }, ctx);
    expect(r.invalid).toEqual([{ key: 'dueDate', label: 'Due back by', message: 'Due back by needs the holiday calendar to count business days' }]);
  });

  it('uses today in the jurisdiction for "today" defaults', () => {
    const t = tiny({
      fields: [{ key: 'when', label: 'When', kind: 'date', required: true, default: { compute: { from: 'today', days: 1 } } }],
      sections: [{ text: 'On {{when}}.' }],
      example: {},
    });
    expect(renderTemplate(t, { answers: {} }, ctxFor('AK')).text).toBe('On 03/11/2026.');
  });
});
