/**
 * The general engine extensions the policy rules need, on small synthetic rules: anchors that
 * are the latest of several facts, rolling duties without a done fact, monthly periods with a
 * look-back and a start and end, done dates counted from before the anchor, placeholders from
 * case-fact paths, and the general computed facts. Also that older rule files still load.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RuleSchema, type Rule } from '../../../lib/rules/rule-schema';
import { evaluateCase } from '../../../lib/rules/evaluate';
import { dueDate } from '../../../lib/rules/deadline';
import { getFact } from '../../../lib/rules/fact-access';
import type { CaseFacts } from '../../../lib/facts/case-facts';
import { ctxOn, settingsWith, sourceIn, sourcesOf, type Facts } from './helpers';

const citation = { policy: '003', section: 'engine test' };
const deadline = (over: Record<string, unknown>): Rule =>
  RuleSchema.parse({
    schemaVersion: 1, id: 'test-deadline', kind: 'deadline', title: 'Test deadline', citation, appliesTo: { jurisdictions: ['AK'] },
    severity: 'error', explain: 'Due {{due}} from {{anchor}} ({{periodName}}).', fix: { text: 'Do it.' }, due: { days: 10 }, ...over,
  });
const run = (rule: Rule, facts: Facts, asOf: string) => evaluateCase({ caseNumber: 'T1', ...facts } as CaseFacts, [rule], ctxOn(facts.jurisdiction, asOf));

describe('rule schema compatibility', () => {
  it('still reads or-tcm-flag and a deadline in the original shape, with the original defaults', () => {
    const tcm = JSON.parse(readFileSync('lib/rules/data/or-tcm-flag.json', 'utf8'));
    expect(RuleSchema.parse(tcm).id).toBe('or-tcm-flag');
    const old = deadline({ anchor: { fact: 'referral.date', label: 'Referral' }, done: { fact: 'eaDate', label: 'EA' } });
    expect(old).toMatchObject({ reportLateDays: 0, checklist: false });
  });

  it('rejects unknown keys in the new anchor shapes', () => {
    expect(() => deadline({ anchor: { latestOf: [{ fact: 'a' }, { fact: 'b', optional: true }], label: 'x', extra: 1 } })).toThrow();
    expect(() => deadline({ anchor: { period: 'month', label: 'x', lookBack: 13 } })).toThrow();
  });
});

describe('latestOf anchors', () => {
  const rule = deadline({
    anchor: { latestOf: [{ fact: 'referral.date' }, { fact: 'referral.trackChangeDate', optional: true }], label: 'Referral or track change' },
    done: { fact: 'eaDate', label: 'EA' },
  });

  it('takes the latest known date and skips an optional fact that is blank', () => {
    expect(run(rule, { jurisdiction: 'AK', referral: { date: '2026-11-02', trackChangeDate: '2026-11-09' } }, '2026-11-10').checklist[0]).toMatchObject({ anchor: '2026-11-09', due: '2026-11-19' });
    expect(run(rule, { jurisdiction: 'AK', referral: { date: '2026-11-02' } }, '2026-11-10').checklist[0]).toMatchObject({ anchor: '2026-11-02', due: '2026-11-12' });
  });

  it('is unknown when a required fact is missing', () => {
    expect(run(rule, { jurisdiction: 'AK', referral: { trackChangeDate: '2026-11-09' } }, '2026-11-10').checklist[0]).toMatchObject({ status: 'unknown', missing: ['referral.date'] });
  });
});

describe('rolling duties (no done fact)', () => {
  const rule = deadline({ anchor: { fact: 'fssp.planDate', label: 'Plan' }, due: { months: 1 } });

  it('is open, then due soon, then overdue; never done', () => {
    const facts: Facts = { jurisdiction: 'AK', fssp: { planDate: '2026-10-15' } };
    expect(run(rule, facts, '2026-11-02').checklist[0]!.status).toBe('open');
    expect(run(rule, facts, '2026-11-13').checklist[0]!.status).toBe('due-soon');
    const late = run(rule, facts, '2026-11-16');
    expect(late.checklist[0]!.status).toBe('overdue');
    expect(late.findings[0]!.evidence.map((e) => e.label)).toEqual(['Plan', 'Due']);
  });
});

describe('monthly periods', () => {
  const rule = deadline({
    anchor: { period: 'month', label: 'Month', lookBack: 2, activeFrom: { fact: 'referral.date' }, activeUntil: { fact: 'taClosure.date' } },
    due: { endOfMonth: 0 },
    done: { fact: 'eaDate', label: 'Done' },
  });

  it('reports each missed past month within the look-back, with its name, and checks this month', () => {
    const ev = run(rule, { jurisdiction: 'AK', referral: { date: '2026-08-01' }, eaDate: '2026-10-10' }, '2026-11-05');
    expect(ev.checklist[0]).toMatchObject({ period: '2026-11', status: 'open', due: '2026-11-30' });
    // September missed; October done (its only date is in October); August is beyond the look-back.
    expect(ev.findings.map((f) => [f.due, f.explanation])).toEqual([['2026-09-30', 'Due 09/30/2026 from 09/01/2026 (September 2026).']]);
  });

  it('counts done dates only within their own period', () => {
    const ev = run(rule, { jurisdiction: 'AK', referral: { date: '2026-08-01' }, eaDate: '2026-11-02' }, '2026-11-05');
    expect(ev.checklist[0]!.status).toBe('done');
    // Most recent month first.
    expect(ev.findings.map((f) => f.due)).toEqual(['2026-10-31', '2026-09-30']);
  });

  it('skips months before the start and after the end, and past months when the start is unknown', () => {
    expect(run(rule, { jurisdiction: 'AK', referral: { date: '2026-10-15' }, eaDate: '2026-01-05' }, '2026-11-05').findings.map((f) => f.due)).toEqual(['2026-10-31']);
    const closed = run(rule, { jurisdiction: 'AK', referral: { date: '2026-01-01' }, taClosure: { date: '2026-09-15' }, eaDate: '2026-01-05' }, '2026-11-05');
    expect(closed.checklist).toEqual([]);
    expect(closed.findings.map((f) => f.due)).toEqual(['2026-09-30']);
    expect(run(rule, { jurisdiction: 'AK', eaDate: '2026-01-05' }, '2026-11-05').findings).toEqual([]);
    // A past month whose done fact is not on any screen is unknown, not missed.
    expect(run(rule, { jurisdiction: 'AK', referral: { date: '2026-01-01' } }, '2026-11-05').findings).toEqual([]);
  });

  it('counts a done date from before the period when done.countFrom is "any"', () => {
    const early = deadline({ anchor: { period: 'month', label: 'Month' }, due: { dayOfMonth: 20, monthOffset: 0 }, done: { fact: 'eaDate', label: 'Done', countFrom: 'any' } });
    expect(run(early, { jurisdiction: 'AK', eaDate: '2026-10-30' }, '2026-11-21').checklist[0]!.status).toBe('done');
    const strict = deadline({ anchor: { period: 'month', label: 'Month' }, due: { dayOfMonth: 20, monthOffset: 0 }, done: { fact: 'eaDate', label: 'Done' } });
    expect(run(strict, { jurisdiction: 'AK', eaDate: '2026-10-30' }, '2026-11-21').checklist[0]!.status).toBe('overdue');
  });

  it('counts a date after a past period as done late when done.countUntil is "asOf"', () => {
    const month = (done: Record<string, unknown>, reportLateDays = 14) =>
      deadline({ anchor: { period: 'month', label: 'Month', lookBack: 1 }, due: { endOfMonth: 0 }, done: { fact: 'eaDate', label: 'Done', ...done }, reportLateDays });
    const facts: Facts = { jurisdiction: 'AK', eaDate: '2026-11-02' };
    // October's duty, looked back on in November: the November date is late, not missing.
    expect(run(month({ countUntil: 'asOf' }), facts, '2026-11-05').findings.map((f) => [f.status, f.due])).toEqual([['done-late', '2026-10-31']]);
    expect(run(month({}), facts, '2026-11-05').findings.map((f) => [f.status, f.due])).toEqual([['overdue', '2026-10-31']]);
  });

  it('reports a late deed only when reportLateDays is above 0 (0: the checklist shows it, no finding)', () => {
    const rule = deadline({ anchor: { fact: 'referral.date', label: 'Referral' }, due: { days: 1 }, done: { fact: 'eaDate', label: 'EA' } });
    const facts: Facts = { jurisdiction: 'AK', referral: { date: '2026-11-02' }, eaDate: '2026-11-05' };
    const ev = run(rule, facts, '2026-11-05');
    expect(ev.checklist[0]!.status).toBe('done-late');
    expect(ev.findings).toEqual([]);
    expect(run({ ...rule, reportLateDays: 1 } as Rule, facts, '2026-11-06').findings.map((f) => f.status)).toEqual(['done-late']);
  });
});

describe('due dates', () => {
  const ctx = ctxOn('AK', '2026-11-24');
  it('clamps a day of month past the month end and finds month ends', () => {
    expect(dueDate('2026-02-01', { dayOfMonth: 31, monthOffset: 0 }, ctx)).toBe('2026-02-28');
    expect(dueDate('2028-01-15', { endOfMonth: 1 }, ctx)).toBe('2028-02-29');
    expect(dueDate('2026-01-31', { months: 1 }, ctx)).toBe('2026-02-28');
  });
});

describe('explanations and settings', () => {
  it('fill placeholders from case-fact paths and leave unknown names visible', () => {
    const rule = RuleSchema.parse({
      schemaVersion: 1, id: 'test-condition', kind: 'condition', title: 'Test condition', citation, appliesTo: { jurisdictions: ['OR'] }, severity: 'warning',
      when: { fact: 'casePlan.signed', operator: 'equal', value: false }, explain: 'The {{program}} plan of {{casePlan.planDate}} {{nope}}.', fix: { text: 'x' },
    });
    const ev = run(rule, { jurisdiction: 'OR', program: 'REF', casePlan: { signed: false, planDate: '2026-11-02' } }, '2026-11-05');
    expect(ev.findings[0]!.explanation).toBe('The REF plan of 11/02/2026 {{nope}}.');
    const off = evaluateCase({ caseNumber: 'T1', jurisdiction: 'OR', casePlan: { signed: false } }, [rule], ctxOn('OR', '2026-11-05', settingsWith({ disabledRules: ['test-condition'] })));
    expect(off.findings).toEqual([]);
  });
});

describe('general computed facts', () => {
  const ctx = ctxOn('AK', '2026-11-24');
  const facts = (f: Omit<Facts, 'jurisdiction'>) => ({ caseNumber: 'T1', jurisdiction: 'AK', ...f }) as CaseFacts;

  it('blank is true only where a screen showed the field blank: a known parent object proves nothing', () => {
    const shownBlank = { ...ctx, sources: { 'fssp.signedDate': sourceIn('blank') } };
    expect(getFact(facts({ fssp: {} }), 'blank', { path: 'fssp.signedDate' }, shownBlank)).toMatchObject({ known: true, value: true });
    // The FSSP object is known from its plan date, but no screen showed the date signed.
    expect(getFact(facts({ fssp: { planDate: '2026-11-01' } }), 'blank', { path: 'fssp.signedDate' }, { ...ctx, sources: { 'fssp.planDate': sourceIn('seen') } })).toEqual({
      known: false,
      missing: ['fssp.signedDate'],
    });
    expect(getFact(facts({}), 'blank', { path: 'eaDate' }, ctx)).toEqual({ known: false, missing: ['eaDate'] });
    expect(getFact(facts({ eaDate: '2026-11-03' }), 'blank', { path: 'eaDate' }, ctx)).toMatchObject({ known: true, value: false });
    expect(getFact(facts({}), 'blank', { path: 'eaDate' }, { ...ctx, sources: { eaDate: sourceIn('unreadable') } })).toEqual({ known: false, missing: ['eaDate'] });
  });

  it('date.shift moves by months and days and to a month start or end', () => {
    const f = facts({ taClosure: { date: '2026-01-31' } });
    expect(getFact(f, 'date.shift', { fact: 'taClosure.date', months: 1 }, ctx)).toMatchObject({ value: '2026-02-28' });
    expect(getFact(f, 'date.shift', { fact: 'taClosure.date', toMonthStart: true }, ctx)).toMatchObject({ value: '2026-01-01' });
    expect(getFact(f, 'date.shift', { fact: 'taClosure.date', days: 1, toMonthEnd: true }, ctx)).toMatchObject({ value: '2026-02-28' });
    expect(getFact(facts({}), 'date.shift', { fact: 'taClosure.date', months: 1 }, ctx)).toEqual({ known: false, missing: ['taClosure.date'] });
  });


  it('a rule naming a CLNO kind the settings lack is unknown, not false', () => {
    const own = ctxOn('AK', '2026-11-24', settingsWith({ clnoKinds: [] }));
    expect(getFact(facts({ clnos: [] }), 'clno.dates', { kind: 'ea' }, own)).toEqual({ known: false, missing: ['settings.clnoKinds: ea'] });
  });
});

describe('unreadable fields (a source whose state is unreadable)', () => {
  it('keep a field the screen showed but could not read unknown, never blank (demo case 2000212)', () => {
    const rules = ['ak-fssp-within-30-days', 'ak-fssp-update-3-months'].map((id) => RuleSchema.parse(JSON.parse(readFileSync(`lib/rules/data/${id}.json`, 'utf8'))));
    const facts = { caseNumber: 'T1', jurisdiction: 'AK', referral: { date: '2026-10-01' }, fssp: { goal: 'OBTAIN EMPLOYMENT', reviewDates: ['2026-12-01'] } } as CaseFacts;
    const blankRead = evaluateCase(facts, rules, { ...ctxOn('AK', '2026-11-24'), sources: sourcesOf({ ...facts, fssp: { ...facts.fssp, planDate: undefined } }) });
    expect(blankRead.checklist.map((i) => i.status)).toEqual(['overdue', 'unknown']);
    const unreadable = evaluateCase(facts, rules, { ...ctxOn('AK', '2026-11-24'), sources: { ...sourcesOf(facts), 'fssp.planDate': sourceIn('unreadable') } });
    expect(unreadable.checklist.map((i) => [i.status, i.missing])).toEqual([
      ['unknown', ['fssp.planDate']],
      ['unknown', ['fssp.planDate']],
    ]);
    expect(unreadable.findings).toEqual([]);
  });
});
