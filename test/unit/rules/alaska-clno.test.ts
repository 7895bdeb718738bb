/**
 * Alaska client notes (003 All staff §6, §7, §11): EA CLNO within two days, contact CLNOs
 * within one business day, specific titles, good cause before a penalty request, and the CLNO
 * for a mailed FSSP.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/config/settings-schema';
import { check, settingsWith } from './helpers';
import { akCase, clno } from './alaska-helpers';

describe('ak-ea-clno-within-2-days', () => {
  // EA on Friday Oct 16, 2026: two calendar days is Sunday Oct 18, though Monday is Alaska Day.
  const ea = { eaDate: '2026-10-16' };

  it('counts two calendar days: the EA CLNO on day 2 is on time, on day 3 late', () => {
    expect(check('ak-ea-clno-within-2-days', akCase({ ...ea, clnos: [clno('2026-10-18', 'EA CLNO')] }), '2026-10-20').item).toMatchObject({
      status: 'done',
      due: '2026-10-18',
    });
    const late = check('ak-ea-clno-within-2-days', akCase({ ...ea, clnos: [clno('2026-10-19', 'EA CLNO')] }), '2026-10-20');
    expect(late.item?.status).toBe('done-late');
    expect(late.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is overdue the day after the due date (demo case 2000209), naming the EA and due dates', () => {
    expect(check('ak-ea-clno-within-2-days', akCase(ea), '2026-10-18').item?.status).toBe('due-soon');
    const { findings } = check('ak-ea-clno-within-2-days', akCase(ea), '2026-10-19');
    expect(findings[0]!.explanation).toBe('The EA was held 10/16/2026: the EA CLNO is due within two days, by 10/18/2026.');
  });

  it('does not take a note about scheduling the EA for the EA CLNO', () => {
    const notes = [clno('2026-10-16', 'EA appointment scheduled'), clno('2026-10-17', 'Initial contact by phone regarding referral', 'Called client, scheduled EA.')];
    expect(check('ak-ea-clno-within-2-days', akCase({ ...ea, clnos: notes }), '2026-10-19').item?.status).toBe('overdue');
    const variant = [clno('2026-10-17', 'Employability Assessment completed')];
    expect(check('ak-ea-clno-within-2-days', akCase({ ...ea, clnos: variant }), '2026-10-19').item?.status).toBe('done');
  });

  it('is unknown without the EA date', () => {
    expect(check('ak-ea-clno-within-2-days', akCase(), '2026-10-19').item).toMatchObject({ status: 'unknown', missing: ['eaDate'] });
  });
});

describe('ak-contact-clno-within-1-business-day', () => {
  // A contact on Friday Oct 16, 2026: Monday is Alaska Day, so the CLNO is due Tuesday.
  const contacts = [{ date: '2026-10-16', method: 'phone' as const, successful: true }];

  it('accepts a CLNO on the next business day after a holiday and reports one a day later', () => {
    expect(check('ak-contact-clno-within-1-business-day', akCase({ contacts, clnos: [clno('2026-10-20', 'Contacted regarding childcare issue')] }), '2026-10-22').item?.status).toBe('done');
    const late = check('ak-contact-clno-within-1-business-day', akCase({ contacts, clnos: [clno('2026-10-21', 'Contacted regarding childcare issue')] }), '2026-10-22');
    expect(late.item).toMatchObject({ status: 'done-late', due: '2026-10-20', doneOn: '2026-10-21' });
    expect(late.findings[0]!).toMatchObject({ severity: 'warning', status: 'done-late' });
    expect(late.findings[0]!.explanation).toBe('The contact of 10/16/2026 is to be recorded in a CLNO within one business day, by 10/20/2026.');
  });

  it('is open with its due date until that business day ends, never "done" with nothing done, and overdue the day after', () => {
    // Before the fix this duty read "done" while the CLNO was still due.
    for (const day of ['2026-10-16', '2026-10-20']) {
      const { item, findings } = check('ak-contact-clno-within-1-business-day', akCase({ contacts }), day);
      expect(item).toMatchObject({ status: 'due-soon', due: '2026-10-20', anchor: '2026-10-16' });
      expect(findings).toEqual([]);
    }
    const over = check('ak-contact-clno-within-1-business-day', akCase({ contacts }), '2026-10-21');
    expect(over.item).toMatchObject({ status: 'overdue', due: '2026-10-20' });
    expect(over.findings).toHaveLength(1);
  });

  it('shows the most urgent of several contacts, and counts them', () => {
    const two = [...contacts, { date: '2026-10-21', method: 'phone' as const, successful: true }];
    const { item, findings } = check('ak-contact-clno-within-1-business-day', akCase({ contacts: two, clnos: [clno('2026-10-19', 'Contacted regarding childcare issue')] }), '2026-10-21');
    expect(item).toMatchObject({ status: 'due-soon', due: '2026-10-22', instances: 2 });
    expect(findings).toEqual([]);
  });

  it('does not count a note that is not about a contact', () => {
    expect(check('ak-contact-clno-within-1-business-day', akCase({ contacts, clnos: [clno('2026-10-16', 'Exit summary')] }), '2026-10-21').findings).toHaveLength(1);
  });

  it('applies only when a screen lists contacts, and is unknown without the CLNO list', () => {
    expect(check('ak-contact-clno-within-1-business-day', akCase(), '2026-10-21').item).toBeUndefined();
    expect(check('ak-contact-clno-within-1-business-day', akCase({ contacts: [] }), '2026-10-21').item).toBeUndefined();
    expect(check('ak-contact-clno-within-1-business-day', akCase({ contacts, clnos: undefined }), '2026-10-21').item).toMatchObject({ status: 'unknown', missing: ['clnos'] });
  });
});

describe('ak-clno-title-specific', () => {
  it('lists CLNOs whose whole title is a vague one', () => {
    const notes = [clno('2026-10-01', 'CONTACT'), clno('2026-10-02', 'Phone call.'), clno('2026-10-03', 'Contacted regarding childcare issue')];
    const { findings } = check('ak-clno-title-specific', akCase({ clnos: notes }), '2026-10-05');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0]!.explanation).toBe('These CLNO titles do not say what they relate to: 10/01/2026 “CONTACT”; 10/02/2026 “Phone call.”.');
  });

  it('follows the agency\'s list of vague titles', () => {
    const settings = settingsWith({ vagueClnoTitles: ['MISC NOTE'] });
    expect(check('ak-clno-title-specific', akCase({ clnos: [clno('2026-10-01', 'CONTACT')] }), '2026-10-05', settings).findings).toEqual([]);
    expect(check('ak-clno-title-specific', akCase({ clnos: [clno('2026-10-01', 'misc  note')] }), '2026-10-05', settings).findings).toHaveLength(1);
  });
});

describe('ak-penalty-good-cause', () => {
  const penalty = clno('2026-11-10', 'Penalty request - failure to participate');

  it('is met by a good-cause CLNO up to 30 days before the request, not 31', () => {
    const on30 = [clno('2026-10-11', 'Good cause determination', 'No good cause found.'), penalty];
    expect(check('ak-penalty-good-cause', akCase({ clnos: on30 }), '2026-11-12').item?.status).toBe('done');
    const on31 = [clno('2026-10-10', 'Good cause determination', 'No good cause found.'), penalty];
    const { findings } = check('ak-penalty-good-cause', akCase({ clnos: on31 }), '2026-11-12');
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]!.explanation).toContain('11/10/2026 “Penalty request - failure to participate”');
  });

  it('is met by a request that records the good-cause result itself', () => {
    const notes = [clno('2026-11-10', 'Penalty request', 'Client had no good cause for missing job club.')];
    expect(check('ak-penalty-good-cause', akCase({ clnos: notes }), '2026-11-12').findings).toEqual([]);
  });

  it('does not count a good-cause note written after the request', () => {
    const notes = [penalty, clno('2026-11-11', 'Good cause determination')];
    expect(check('ak-penalty-good-cause', akCase({ clnos: notes }), '2026-11-12').findings).toHaveLength(1);
  });

  it('does not apply without a penalty request, and is unknown without CLNOs', () => {
    expect(check('ak-penalty-good-cause', akCase(), '2026-11-12').item).toBeUndefined();
    expect(check('ak-penalty-good-cause', akCase({ clnos: undefined }), '2026-11-12').item).toMatchObject({ status: 'unknown', missing: ['clnos'] });
  });
});

describe('ak-fssp-mailed-clno', () => {
  // Mailed Friday Nov 20, 2026: the CLNO is due the next business day, Monday Nov 23.
  const fssp = { planDate: '2026-11-19', reviewDates: ['2026-12-19'], mailedDate: '2026-11-20' };

  it.each([
    ['Mailed FSSP to client 11/20, due back 12/04.'],
    ['FSSP mailed today; return by Dec 4.'],
    ['Client to sign; due back by 12/4/2026'],
  ])('is met by a CLNO that says when it is due back: %s', (body) => {
    const facts = akCase({ fssp, clnos: [clno('2026-11-20', 'FSSP mailed for signature', body)] });
    expect(check('ak-fssp-mailed-clno', facts, '2026-11-24').item).toMatchObject({ status: 'done', due: '2026-11-23' });
  });

  it('reports the demo case 2000207 CLNO that lacks the due-back date', () => {
    const facts = akCase({ fssp, clnos: [clno('2026-11-20', 'FSSP mailed for signature', 'Mailed FSSP to client.')] });
    expect(check('ak-fssp-mailed-clno', facts, '2026-11-23').item?.status).toBe('due-soon');
    const { findings } = check('ak-fssp-mailed-clno', facts, '2026-11-24');
    expect(findings[0]!.explanation).toBe('The FSSP was mailed for signature 11/20/2026: a CLNO saying when it was mailed and when it is due back is due by 11/23/2026.');
  });

  it('reports a complete CLNO entered a business day late as done late', () => {
    const facts = akCase({ fssp, clnos: [clno('2026-11-24', 'FSSP mailed for signature', 'Mailed 11/20, due back 12/04.')] });
    expect(check('ak-fssp-mailed-clno', facts, '2026-11-25').item?.status).toBe('done-late');
  });

  it('does not apply when no mailed date is shown', () => {
    expect(check('ak-fssp-mailed-clno', akCase({ fssp: { ...fssp, mailedDate: undefined } }), '2026-11-25').item).toBeUndefined();
    expect(check('ak-fssp-mailed-clno', akCase(), '2026-11-25', DEFAULT_SETTINGS).item).toBeUndefined();
  });
});
