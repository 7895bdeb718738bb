/**
 * Alaska duties no rule covered before issue 11 (003): penalties requested once no good cause is
 * found and ended back to the right date (§3, §11), releases of information in client notes
 * (§18), answers within one working day (§29), the 40-hour expectation (Work First §2) and the
 * J016 notice's EA appointment (§2). Alaska Day (Oct 18, 2026, a Sunday) is observed Monday Oct 19.
 */
import { describe, expect, it } from 'vitest';
import { check, type Facts } from './helpers';
import { akCase, clno } from './alaska-helpers';

type Penalty = NonNullable<Facts['penalties']>[number];
const penalty = (over: Partial<Penalty> = {}): Penalty => ({ date: '2026-10-12', reason: 'FAILED TO PARTICIPATE IN CWE', goodCause: false, goodCauseDate: '2026-10-16', ...over });

describe('ak-penalty-requested', () => {
  const ID = 'ak-penalty-requested';
  const facts = (over: Partial<Penalty> = {}) => akCase({ penalties: [penalty(over)] });

  it('is due one business day after no good cause is found, across Alaska Day: Friday Oct 16 is due Tuesday Oct 20', () => {
    expect(check(ID, facts({ requestedDate: '2026-10-20' }), '2026-10-22').item).toMatchObject({ status: 'done', due: '2026-10-20' });
    const late = check(ID, facts({ requestedDate: '2026-10-21' }), '2026-10-22');
    expect(late.item?.status).toBe('done-late');
    expect(late.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is open until due and overdue the day after, with the template for the request', () => {
    expect(check(ID, facts(), '2026-10-20')).toMatchObject({ findings: [], item: { status: 'due-soon', due: '2026-10-20' } });
    const { findings } = check(ID, facts(), '2026-10-21');
    expect(findings[0]!).toMatchObject({ status: 'overdue', severity: 'warning', fix: { template: 'ak-penalty-request' } });
    expect(findings[0]!.explanation).toBe('No good cause was found on 10/16/2026 for the non-compliance: the penalty is to be requested at the time, by 10/20/2026.');
  });

  it('counts from the non-compliance when the determination has no date; a request before the determination does not count', () => {
    expect(check(ID, facts({ goodCauseDate: undefined }), '2026-10-14').findings.map((f) => f.due)).toEqual(['2026-10-13']);
    expect(check(ID, facts({ requestedDate: '2026-10-15' }), '2026-10-21').item?.status).toBe('overdue');
  });

  it('does not apply when good cause was found or not yet determined, without the penalty screen, or outside Alaska', () => {
    expect(check(ID, facts({ goodCause: true }), '2026-10-21').item).toBeUndefined();
    expect(check(ID, facts({ goodCause: undefined, goodCauseDate: undefined }), '2026-10-21').item).toBeUndefined();
    expect(check(ID, akCase(), '2026-10-21').item).toBeUndefined();
    expect(check(ID, { jurisdiction: 'OR', program: 'JOBS', penalties: [penalty()] }, '2026-10-21').item).toBeUndefined();
  });
});

describe('ak-penalty-end-date', () => {
  const ID = 'ak-penalty-end-date';
  const ended = (over: Partial<Penalty>) => akCase({ penalties: [penalty({ requestedDate: '2026-10-16', intentDate: '2026-11-03', compliedDate: '2026-11-09', endDate: undefined, ...over })] });

  it('is done when ended back to the intent to comply, the earlier date', () => {
    expect(check(ID, ended({ endDate: '2026-11-03' }), '2026-11-24').item?.status).toBe('done');
    expect(check(ID, ended({ intentDate: '2026-11-10', endDate: '2026-11-09' }), '2026-11-24').item?.status).toBe('done');
  });

  it('is a finding when ended back to the later date, or not ended', () => {
    const { findings, item } = check(ID, ended({ endDate: '2026-11-09' }), '2026-11-24');
    expect(item?.status).toBe('action-needed');
    expect(findings[0]!.explanation).toBe(
      'penalty for FAILED TO PARTICIPATE IN CWE of 10/12/2026: ended back to 11/09/2026; intent to comply stated 11/03/2026, so end it back to 11/03/2026. Penalties end back to the date the client stated the intent to comply or complied, whichever is first.',
    );
    expect(check(ID, ended({ compliedDate: undefined }), '2026-11-24').findings[0]!.explanation).toContain('not ended; intent to comply stated 11/03/2026');
  });

  it('is unknown when no screen showed the end date; not applicable before a request or an intent to comply', () => {
    const noColumn = akCase({ penalties: [{ date: '2026-10-12', goodCause: false, requestedDate: '2026-10-16', intentDate: '2026-11-03' }] });
    expect(check(ID, noColumn, '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['penalties[].endDate'] });
    expect(check(ID, ended({ requestedDate: undefined }), '2026-11-24').item).toBeUndefined();
    expect(check(ID, ended({ intentDate: undefined, compliedDate: undefined }), '2026-11-24').item).toBeUndefined();
  });
});

describe('ak-roi-documented', () => {
  const ID = 'ak-roi-documented';
  const roi = (notes: ReturnType<typeof clno>[]) => akCase({ releasesOfInformation: [{ date: '2026-10-16', party: 'NORTHSTAR CLINIC', type: 'HIPAA' }], clnos: notes });

  it('is due one business day after the signing (Tuesday after Alaska Day) and met by an ROI CLNO', () => {
    expect(check(ID, roi([clno('2026-10-20', 'ROI signed - Northstar Clinic')]), '2026-10-22').item).toMatchObject({ status: 'done', due: '2026-10-20' });
    expect(check(ID, roi([clno('2026-10-21', 'HIPAA release signed for clinic')]), '2026-10-22').findings.map((f) => f.status)).toEqual(['done-late']);
    expect(check(ID, roi([]), '2026-10-20').item?.status).toBe('due-soon');
    expect(check(ID, roi([]), '2026-10-21').findings.map((f) => f.status)).toEqual(['overdue']);
  });

  it('does not count a release requested or not signed, nor a note before the signing', () => {
    expect(check(ID, roi([clno('2026-10-16', 'ROI requested from clinic')]), '2026-10-21').item?.status).toBe('overdue');
    expect(check(ID, roi([clno('2026-10-16', 'Release of information not signed - client declined')]), '2026-10-21').item?.status).toBe('overdue');
    expect(check(ID, roi([clno('2026-10-15', 'ROI signed - Northstar Clinic')]), '2026-10-21').item?.status).toBe('overdue');
  });

  it('is unknown after the due date when the client notes were not seen; not applicable without releases', () => {
    expect(check(ID, { ...roi([]), clnos: undefined }, '2026-10-21').item).toMatchObject({ status: 'unknown', missing: ['clnos'] });
    expect(check(ID, akCase({ releasesOfInformation: [] }), '2026-10-21').item).toBeUndefined();
    expect(check(ID, { jurisdiction: 'ME', releasesOfInformation: [{ date: '2026-10-16' }] }, '2026-10-21').item).toBeUndefined();
  });
});

describe('ak-respond-within-1-business-day', () => {
  const ID = 'ak-respond-within-1-business-day';
  const message = (respondedDate?: string) => akCase({ messages: [{ date: '2026-10-16', from: 'CLIENT', channel: 'VOICEMAIL', respondedDate }] });

  it('is answered in time the next working day after a holiday weekend', () => {
    expect(check(ID, message('2026-10-20'), '2026-10-22').item).toMatchObject({ status: 'done', due: '2026-10-20' });
    expect(check(ID, message(), '2026-10-20').item?.status).toBe('due-soon');
  });

  it('reports an answer still missing as information; one given late is not reported again', () => {
    const { findings } = check(ID, message(), '2026-10-21');
    expect(findings.map((f) => [f.status, f.severity])).toEqual([['overdue', 'info']]);
    expect(findings[0]!.explanation).toBe('The message received 10/16/2026 is to be answered the same day or within one working day, by 10/20/2026.');
    expect(check(ID, message('2026-10-21'), '2026-10-21')).toMatchObject({ findings: [], item: { status: 'done-late' } });
  });

  it('does not apply without messages on a screen seen', () => {
    expect(check(ID, akCase(), '2026-10-21').item).toBeUndefined();
    expect(check(ID, akCase({ messages: [] }), '2026-10-21').item).toBeUndefined();
  });
});

describe('ak-wf-40-hours', () => {
  const ID = 'ak-wf-40-hours';
  const worked = (hours: number | undefined, over: Partial<Facts> = {}) => akCase({ referral: { date: '2026-10-01' }, workActivity: [{ month: '2026-10', hours }], ...over });

  it('informs when last month averaged under 40 hours a week: 177 hours in October (39.97), not 178', () => {
    const { findings } = check(ID, worked(177), '2026-11-24');
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0]!.explanation).toBe("Last month's work activity: 177 hours in October 2026, about 39.9 a week. Work First expects 40 hours of work activity a week.");
    expect(check(ID, worked(178), '2026-11-24').findings).toEqual([]);
    expect(check(ID, worked(171), '2026-12-02').findings).toEqual([]); // November's row is not on the screen: not judged
  });

  it('judges only a full month: referred by its first day, TA not closed before it ended, hours entered', () => {
    expect(check(ID, worked(80, { referral: { date: '2026-10-02' } }), '2026-11-24').findings).toEqual([]);
    expect(check(ID, worked(80, { taClosure: { date: '2026-10-30' } }), '2026-11-24').findings).toEqual([]);
    expect(check(ID, worked(80, { taClosure: { date: '2026-10-31' } }), '2026-11-24').findings).toHaveLength(1);
    expect(check(ID, worked(undefined), '2026-11-24').findings).toEqual([]);
  });

  it('is not judged until the work activity screen is seen; not for Families First or outside Alaska', () => {
    const ev = check(ID, akCase({ referral: { date: '2026-10-01' } }), '2026-11-24').ev;
    expect(ev.unjudged.map((u) => u.missing)).toEqual([['workActivity']]);
    expect(check(ID, worked(40, { track: 'FAMILIES_FIRST' }), '2026-11-24').findings).toEqual([]);
    expect(check(ID, { ...worked(40), jurisdiction: 'OR' }, '2026-11-24').findings).toEqual([]);
  });
});

describe('ak-j016-ea-appointment-time', () => {
  const ID = 'ak-j016-ea-appointment-time';
  const notice = (text: string | undefined, code = 'J016') => akCase({ notices: [{ date: '2026-10-05', code, text }] });

  it.each([
    'EA APPOINTMENT 10/08/26 AT 10:30 AM, DPAWS OFFICE',
    'EA APPT TUESDAY 9 AM ROOM 2',
    'Employability assessment Oct 8 at 2:15 p.m.',
  ])('is met by a day and a time: %s', (text) => {
    expect(check(ID, notice(text), '2026-10-06').item?.status).toBe('done');
  });

  it.each(['PLEASE CALL YOUR CASE MANAGER TO SCHEDULE YOUR APPOINTMENT', 'EA APPOINTMENT 10/08/26', 'EA APPOINTMENT AT 10:30 AM'])(
    'is a finding without a day and a time: %s',
    (text) => {
      const { findings } = check(ID, notice(text), '2026-10-06');
      expect(findings.map((f) => f.severity)).toEqual(['warning']);
      expect(findings[0]!.explanation).toContain(`J016 of 10/05/2026: “${text}”`);
    },
  );

  it('reads J-016 as J016, ignores other notices, and is unknown when the text was not shown', () => {
    expect(check(ID, notice('NO TIME GIVEN', 'J-016'), '2026-10-06').findings).toHaveLength(1);
    expect(check(ID, notice('ANY TEXT', 'J020'), '2026-10-06').item).toBeUndefined();
    const noText = akCase({ notices: [{ date: '2026-10-05', code: 'J016' }] });
    expect(check(ID, noText, '2026-10-06').item).toMatchObject({ status: 'unknown', missing: ['notices[].text'] });
    expect(check(ID, akCase(), '2026-10-06').item).toBeUndefined();
  });
});
