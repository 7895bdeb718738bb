/**
 * The forward childcare duty (003 All staff §22, "request childcare authorization in CMS before
 * the first of each month"): next month's request is due by the last day of this month.
 */
import { describe, expect, it } from 'vitest';
import { check, evaluateOn, findingsOf, type Facts } from './helpers';
import { akCase } from './alaska-helpers';
import { summarise } from '../../../lib/store/case-service';

const ID = 'ak-childcare-request-next-month';
type Request = { date: string; forMonth: string };
const listed = (...requests: Request[]): Facts => akCase({ childcare: { requests } });
const req = (date: string, forMonth: string): Request => ({ date, forMonth });

describe('ak-childcare-request-next-month', () => {
  it('is done when next month is requested this month, or earlier', () => {
    const facts = listed(req('2026-10-24', '2026-11'), req('2026-11-20', '2026-12'));
    expect(check(ID, facts, '2026-11-23')).toMatchObject({ findings: [], item: { status: 'done', period: '2026-11', due: '2026-11-30', doneOn: '2026-11-20' } });
    expect(check(ID, listed(req('2026-10-28', '2026-12')), '2026-11-23').item).toMatchObject({ status: 'done', doneOn: '2026-10-28' });
  });

  it('is open with its due date, the last day of the month, and due soon across Thanksgiving', () => {
    const facts = listed(req('2026-10-24', '2026-11'));
    expect(check(ID, facts, '2026-11-23').item).toMatchObject({ status: 'open', due: '2026-11-30' });
    // Nov 26 is Thanksgiving: from Nov 24 only 3 business days (25, 27, 30) are left.
    expect(check(ID, facts, '2026-11-24').item).toMatchObject({ status: 'due-soon', due: '2026-11-30' });
    expect(check(ID, facts, '2026-11-30')).toMatchObject({ findings: [], item: { status: 'due-soon' } });
  });

  it("gives the caseload its next due date (the caseload view and the daily reminder count it)", () => {
    const { ev } = check(ID, listed(req('2026-10-24', '2026-11')), '2026-11-23');
    expect(summarise(ev, '2026-11-23')).toMatchObject({ nextDue: '2026-11-30', overdue: 0, openFindings: 0 });
  });

  it('reports the month missed once it is over, and shows the new month open', () => {
    const { item, findings } = check(ID, listed(req('2026-10-24', '2026-11')), '2026-12-01');
    expect(item).toMatchObject({ status: 'open', period: '2026-12', due: '2026-12-31' });
    expect(findings.map((f) => [f.status, f.due, f.severity])).toEqual([['overdue', '2026-11-30', 'warning']]);
    expect(findings[0]!.explanation).toBe("November 2026: next month's childcare authorization is to be requested in CMS by 11/30/2026, before the first of next month.");
  });

  it('leaves a late request to ak-childcare-before-first: done late here, one finding there', () => {
    const facts = akCase({ childcare: { requestDate: '2026-12-02', forMonth: '2026-12', requests: [req('2026-10-24', '2026-11'), req('2026-12-02', '2026-12')] } });
    const ev = evaluateOn(facts, '2026-12-03', [ID, 'ak-childcare-before-first']);
    expect(findingsOf(ev, ID)).toEqual([]);
    expect(findingsOf(ev, 'ak-childcare-before-first')).toHaveLength(1);
  });

  it('reads a screen that shows only the latest request, unknown where that cannot show the month', () => {
    const latest = (requestDate: string, forMonth: string) => akCase({ childcare: { requestDate, forMonth } });
    expect(check(ID, latest('2026-12-20', '2027-01'), '2026-12-22')).toMatchObject({ findings: [], item: { status: 'done' } });
    // December's duty (a January request) cannot show behind the February request made in December: not missed.
    const early = check(ID, latest('2026-12-20', '2027-02'), '2027-01-06');
    expect(early.findings).toEqual([]);
    expect(early.item).toMatchObject({ status: 'done', period: '2027-01' });
    expect(check(ID, latest('2026-11-05', '2026-11'), '2026-12-02').findings.map((f) => f.due)).toEqual(['2026-11-30']);
  });

  it('starts with the first sign of childcare: no duty for the month before it', () => {
    expect(check(ID, listed(req('2026-11-05', '2026-11')), '2026-11-10')).toMatchObject({ findings: [], item: { status: 'open', period: '2026-11' } });
  });

  it('applies to a childcare supportive service before the childcare screen is seen: open, then unknown, never missed', () => {
    const facts = akCase({ supportiveServices: [{ date: '2026-11-02', kind: 'CHILDCARE', amount: 400 }] });
    expect(check(ID, facts, '2026-11-23').item).toMatchObject({ status: 'open', due: '2026-11-30', missing: ['childcare.requests'] });
    expect(check(ID, facts, '2026-12-02').findings).toEqual([]);
  });

  it('does not apply without childcare on a screen seen, after TA closure, or outside Alaska', () => {
    expect(check(ID, akCase(), '2026-11-23').item).toBeUndefined();
    expect(check(ID, akCase({ supportiveServices: [{ date: '2026-11-02', kind: 'BUS PASS', amount: 60 }] }), '2026-11-23').item).toBeUndefined();
    // TA closes November 30: no December authorization is due.
    const closing = akCase({ childcare: { requests: [req('2026-10-24', '2026-11')] }, taClosure: { date: '2026-11-30' } });
    expect(check(ID, closing, '2026-11-23').item).toBeUndefined();
    const midDecember = akCase({ childcare: { requests: [req('2026-10-24', '2026-11')] }, taClosure: { date: '2026-12-15' } });
    expect(check(ID, midDecember, '2026-11-23').item).toMatchObject({ status: 'open', due: '2026-11-30' });
    expect(check(ID, { jurisdiction: 'OR', program: 'JOBS', childcare: { requests: [req('2026-10-24', '2026-11')] } }, '2026-11-23').item).toBeUndefined();
  });
});
