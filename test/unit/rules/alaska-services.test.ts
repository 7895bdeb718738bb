/**
 * Alaska closure and services (003 All staff §14, §19, §21, §22): exit summary, Post TA
 * services, supervisor approval over $1500, same-day supportive-service CLNOs, childcare before
 * the 1st, exemption changes transmitted the same day.
 */
import { describe, expect, it } from 'vitest';
import { check, type Facts } from './helpers';
import { akCase, clno } from './alaska-helpers';

describe('ak-exit-summary', () => {
  const closed = (date: string, notes: ReturnType<typeof clno>[] = []) => akCase({ taClosure: { date, withWork: true }, clnos: notes });

  it('is due the last day of the month after closure: July 31 on time, August 1 late', () => {
    expect(check('ak-exit-summary', closed('2026-06-30', [clno('2026-07-31', 'Exit summary')]), '2026-08-03').item).toMatchObject({ status: 'done', due: '2026-07-31' });
    const late = check('ak-exit-summary', closed('2026-06-30', [clno('2026-08-01', 'Exit summary')]), '2026-08-03');
    expect(late.item?.status).toBe('done-late');
    expect(late.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is overdue from August 1 without an exit summary, naming the closure and due dates', () => {
    expect(check('ak-exit-summary', closed('2026-06-30'), '2026-07-31').item?.status).toBe('due-soon');
    const { findings } = check('ak-exit-summary', closed('2026-06-30'), '2026-08-01');
    expect(findings[0]!.explanation).toBe('TA closed 06/30/2026: the exit summary is due by 07/31/2026, the end of the month after the closure.');
    expect(findings[0]!.severity).toBe('error');
  });

  it('accepts a summary written in the closure month before the closure date, not one from the month before', () => {
    expect(check('ak-exit-summary', closed('2026-06-30', [clno('2026-06-25', 'Exit summary')]), '2026-08-03').item?.status).toBe('done');
    expect(check('ak-exit-summary', closed('2026-06-30', [clno('2026-05-29', 'Exit summary')]), '2026-08-03').item?.status).toBe('overdue');
  });

  it('is due this month for the demo case 2000208 (closed the last day of last month) and reaches Feb 29 in 2028', () => {
    expect(check('ak-exit-summary', closed('2026-10-31'), '2026-11-24').item).toMatchObject({ status: 'due-soon', due: '2026-11-30' });
    expect(check('ak-exit-summary', closed('2026-10-31'), '2026-11-02').item).toMatchObject({ status: 'open', due: '2026-11-30' });
    expect(check('ak-exit-summary', closed('2028-01-15'), '2028-02-01').item?.due).toBe('2028-02-29');
  });

  it('does not apply to an open case', () => {
    expect(check('ak-exit-summary', akCase(), '2026-11-24').item).toBeUndefined();
  });
});

describe('ak-post-ta-services', () => {
  const closed = (clnos: Facts['clnos'] = []) => akCase({ taClosure: { date: '2025-11-24', withWork: true }, clnos });

  it('asks for a Post TA service each month from the month after a closure with work, the last one in the twelfth month', () => {
    expect(check('ak-post-ta-services', closed(), '2025-11-26').item).toBeUndefined(); // the closure month itself
    expect(check('ak-post-ta-services', closed(), '2025-12-02').item).toMatchObject({ status: 'open', due: '2025-12-31', period: '2025-12' });
    const { item, findings } = check('ak-post-ta-services', closed([clno('2026-11-03', 'Post-TA job retention contact')]), '2026-11-10');
    expect(item).toMatchObject({ status: 'done', doneOn: '2026-11-03' });
    expect(findings.map((f) => [f.severity, f.due])).toEqual([['info', '2026-10-31']]); // October had none
    expect(findings[0]!.explanation).toBe('October 2026: TA closed 11/24/2025 with work; a Post TA service (job retention and advancement) is due this month, by 10/31/2026.');
  });

  it('ends after the twelve months without claiming anything done', () => {
    expect(check('ak-post-ta-services', closed(), '2026-12-02').item).toBeUndefined();
  });

  it('does not apply to a closure without work or an open case; unknown when "with work" is blank', () => {
    expect(check('ak-post-ta-services', akCase({ taClosure: { date: '2026-10-31', withWork: false } }), '2026-11-24').item).toBeUndefined();
    expect(check('ak-post-ta-services', akCase(), '2026-11-24').item).toBeUndefined();
    expect(check('ak-post-ta-services', akCase({ taClosure: { date: '2026-10-31' } }), '2026-11-24').item).toMatchObject({ status: 'unknown', missing: ['taClosure.withWork'] });
  });
});

describe('ak-supportive-services-approval', () => {
  const service = (amount: number | undefined, supervisorApproval?: boolean): Facts['supportiveServices'] => [
    { date: '2026-10-16', kind: 'VEHICLE REPAIR', amount, supervisorApproval },
  ];

  it('needs no approval at exactly $1500 and does at $1500.01 (demo case 2000205: $1650)', () => {
    expect(check('ak-supportive-services-approval', akCase({ supportiveServices: service(1500) }), '2026-10-20').item?.status).toBe('done');
    const { findings } = check('ak-supportive-services-approval', akCase({ supportiveServices: service(1500.01) }), '2026-10-20');
    expect(findings[0]!.explanation).toBe(
      'No supervisor approval is documented for VEHICLE REPAIR of $1500.01 on 10/16/2026. Services over $1500 need supervisory approval documented in a CLNO.',
    );
    expect(check('ak-supportive-services-approval', akCase({ supportiveServices: service(1650, false) }), '2026-10-20').findings).toHaveLength(1);
  });

  it('is met by the approval column or by a supervisor-approval CLNO in the window', () => {
    expect(check('ak-supportive-services-approval', akCase({ supportiveServices: service(1650, true) }), '2026-10-20').findings).toEqual([]);
    const at = (date: string, title = 'Supervisor approved vehicle repair') => akCase({ supportiveServices: service(1650, false), clnos: [clno(date, title)] });
    expect(check('ak-supportive-services-approval', at('2026-09-16'), '2026-10-21').findings).toEqual([]); // 30 days before
    expect(check('ak-supportive-services-approval', at('2026-09-15'), '2026-10-21').findings).toHaveLength(1); // 31 days before
    expect(check('ak-supportive-services-approval', at('2026-10-20'), '2026-10-21').findings).toEqual([]); // 1 business day after (Alaska Day)
    expect(check('ak-supportive-services-approval', at('2026-10-21'), '2026-10-21').findings).toHaveLength(1);
    expect(check('ak-supportive-services-approval', at('2026-10-16', 'Supervisor approval requested'), '2026-10-21').findings).toHaveLength(1);
    const body = akCase({ supportiveServices: service(1650), clnos: [clno('2026-10-16', 'Supportive services - vehicle repair', 'Supervisor J. Smith approved the $1650 repair.')] });
    expect(check('ak-supportive-services-approval', body, '2026-10-21').findings).toEqual([]);
  });

  it('is unknown when the amount is blank; not applicable without services', () => {
    expect(check('ak-supportive-services-approval', akCase({ supportiveServices: service(undefined) }), '2026-10-20').item).toMatchObject({
      status: 'unknown',
      missing: ['supportiveServices[].amount'],
    });
    expect(check('ak-supportive-services-approval', akCase({ supportiveServices: [] }), '2026-10-20').item).toBeUndefined();
  });
});

describe('ak-supportive-services-clno-same-day', () => {
  const ss = [{ date: '2026-10-16', kind: 'BUS PASS', amount: 60 }];

  it('is met by a CLNO the same day and reported with a CLNO the next day', () => {
    expect(check('ak-supportive-services-clno-same-day', akCase({ supportiveServices: ss, clnos: [clno('2026-10-16', 'Supportive services - bus pass')] }), '2026-10-20').item?.status).toBe('done');
    const { findings, item } = check('ak-supportive-services-clno-same-day', akCase({ supportiveServices: ss, clnos: [clno('2026-10-17', 'Supportive services - bus pass')] }), '2026-10-20');
    expect(item).toMatchObject({ status: 'done-late', doneOn: '2026-10-17' });
    expect(findings[0]!.explanation).toBe('The supportive service authorized 10/16/2026 needs a CLNO with its full justification the same day, 10/16/2026.');
  });

  it('counts a childcare CLNO, and is not late on the day itself', () => {
    const childcare = [{ date: '2026-10-16', kind: 'CHILDCARE', amount: 400 }];
    expect(check('ak-supportive-services-clno-same-day', akCase({ supportiveServices: childcare, clnos: [clno('2026-10-16', 'Childcare authorization for November')] }), '2026-10-20').findings).toEqual([]);
    expect(check('ak-supportive-services-clno-same-day', akCase({ supportiveServices: ss }), '2026-10-16').findings).toEqual([]);
  });
});

describe('ak-childcare-before-first', () => {
  it('accepts a request on the last day of the month before and reports one on the 1st', () => {
    expect(check('ak-childcare-before-first', akCase({ childcare: { forMonth: '2026-12', requestDate: '2026-11-30' } }), '2026-12-02').item?.status).toBe('done');
    const { findings } = check('ak-childcare-before-first', akCase({ childcare: { forMonth: '2026-12', requestDate: '2026-12-01' } }), '2026-12-02');
    expect(findings[0]!).toMatchObject({ severity: 'warning', explanation: 'Childcare for 2026-12 was requested 12/01/2026, not before the first of that month.' });
  });

  it('does not apply without a childcare request; unknown without its date', () => {
    expect(check('ak-childcare-before-first', akCase(), '2026-12-02').item).toBeUndefined();
    expect(check('ak-childcare-before-first', akCase({ childcare: { forMonth: '2026-12' } }), '2026-12-02').item).toMatchObject({ status: 'unknown', missing: ['childcare.requestDate'] });
  });
});

describe('ak-exemption-same-day', () => {
  it('is met when transmitted the day received, and reported when transmitted the next business day', () => {
    expect(check('ak-exemption-same-day', akCase({ exemptions: [{ receivedDate: '2026-10-16', transmittedDate: '2026-10-16' }] }), '2026-10-21').item?.status).toBe('done');
    const { findings, item } = check('ak-exemption-same-day', akCase({ exemptions: [{ receivedDate: '2026-10-16', transmittedDate: '2026-10-20' }] }), '2026-10-21');
    expect(item).toMatchObject({ status: 'done-late', due: '2026-10-16', doneOn: '2026-10-20' });
    expect(findings[0]!.explanation).toBe('The exemption change received 10/16/2026 is to be transmitted to eligibility the same day, 10/16/2026.');
  });

  it('gives information received on a weekend until the next business day (Tuesday after Alaska Day)', () => {
    expect(check('ak-exemption-same-day', akCase({ exemptions: [{ receivedDate: '2026-10-17', transmittedDate: '2026-10-20' }] }), '2026-10-21').item?.status).toBe('done');
  });

  it('is not late on the day of receipt, and late the day after when not transmitted', () => {
    const ex = akCase({ exemptions: [{ receivedDate: '2026-10-16', action: 'start' }] });
    expect(check('ak-exemption-same-day', ex, '2026-10-16')).toMatchObject({ findings: [], item: { status: 'due-soon', due: '2026-10-16' } });
    expect(check('ak-exemption-same-day', ex, '2026-10-17').findings).toHaveLength(1);
  });

  it('does not apply without exemption changes on a screen', () => {
    expect(check('ak-exemption-same-day', akCase(), '2026-10-21').item).toBeUndefined();
  });
});
