/**
 * Properties of the date arithmetic every deadline rule rests on, checked with fast-check over
 * the Alaska and Oregon calendars (and agency closures): business days never land on a weekend
 * or holiday, counting and adding business days agree, calendar days round-trip, and holidays
 * move off weekends by the calendar's rule.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addBusinessDays, businessDaysBetween, holidayName, isBusinessDay, type BusinessCalendar } from '../../../lib/dates/business-days';
import { addDays, addMonths, ageOn, daysBetween, dayOfWeek, monthEnd } from '../../../lib/dates/date-math';
import { holidayDate, observedHolidays } from '../../../lib/dates/holidays';
import { makeIsoDate } from '../../../lib/dates/iso-date';
import { CALENDARS } from './helpers';

const calendar = (id: string) => CALENDARS.find((c) => c.id === id)!;
const ALASKA: BusinessCalendar = { calendar: calendar('alaska') };
const OREGON: BusinessCalendar = { calendar: calendar('oregon') };

/** Any calendar date from 2020 to 2035 (day counts keep the generator free of invalid dates). */
const isoDate = fc.integer({ min: 0, max: 16 * 366 }).map((n) => addDays('2020-01-01', n));
const bc = fc.constantFrom(ALASKA, OREGON, { ...ALASKA, closures: ['2026-12-24', '2027-01-04'] });
const weekend = (d: string) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

describe('business days (property)', () => {
  it('"at most N business days left" is the same as "before the (N+1)th business day" (the due-soon test)', () => {
    fc.assert(
      fc.property(bc, isoDate, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 10 }), (cal, asOf, ahead, n) => {
        const due = addDays(asOf, ahead);
        expect(due < addBusinessDays(cal, asOf, n + 1)).toBe(businessDaysBetween(cal, asOf, due) <= n);
      }),
    );
  });

  it('addBusinessDays never lands on a weekend, holiday or closure when n is not 0', () => {
    fc.assert(
      fc.property(bc, isoDate, fc.integer({ min: -40, max: 40 }), (cal, d, n) => {
        const r = addBusinessDays(cal, d, n);
        expect(isBusinessDay(cal, r)).toBe(true);
        expect(weekend(r)).toBe(false);
        expect(holidayName(cal, r)).toBeUndefined();
      }),
    );
  });

  it('businessDaysBetween(a, addBusinessDays(a, n)) === n for n >= 1 (and for 0 from a business day)', () => {
    fc.assert(
      fc.property(bc, isoDate, fc.integer({ min: 0, max: 60 }), (cal, d, n) => {
        fc.pre(n > 0 || isBusinessDay(cal, d));
        expect(businessDaysBetween(cal, d, addBusinessDays(cal, d, n))).toBe(n);
      }),
    );
  });

  it('adding n business days moves at least n calendar days forward, and going back undoes it from a business day', () => {
    fc.assert(
      fc.property(bc, isoDate, fc.integer({ min: 1, max: 40 }), (cal, d, n) => {
        const start = addBusinessDays(cal, d, 0);
        const r = addBusinessDays(cal, start, n);
        expect(daysBetween(start, r)).toBeGreaterThanOrEqual(n);
        expect(addBusinessDays(cal, r, -n)).toBe(start);
      }),
    );
  });

  it('0 business days is the day itself on a business day, else the next business day', () => {
    fc.assert(
      fc.property(bc, isoDate, (cal, d) => {
        const r = addBusinessDays(cal, d, 0);
        if (isBusinessDay(cal, d)) expect(r).toBe(d);
        else {
          expect(r > d).toBe(true);
          for (let x = addDays(d, 1); x < r; x = addDays(x, 1)) expect(isBusinessDay(cal, x)).toBe(false);
        }
      }),
    );
  });

  it('businessDaysBetween is additive over a split point', () => {
    fc.assert(
      fc.property(bc, isoDate, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (cal, a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(businessDaysBetween(cal, a, c)).toBe(businessDaysBetween(cal, a, b) + businessDaysBetween(cal, b, c));
      }),
    );
  });
});

describe('calendar days (property)', () => {
  it('addDays and daysBetween round-trip', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it('addMonths keeps the day of month or clamps to the month end, never spilling into the next month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 24 }), (d, n) => {
        const r = addMonths(d, n);
        const months = (Number(r.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(r.slice(5, 7)) - Number(d.slice(5, 7));
        expect(months).toBe(n);
        const day = Number(d.slice(8));
        expect(Number(r.slice(8))).toBe(Math.min(day, Number(monthEnd(r).slice(8))));
      }),
    );
  });

  it('age goes up by exactly one on the birthday, not the day before', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 60 }), (dob, years) => {
        const birthday = addMonths(dob, 12 * years);
        // A Feb 29 birthday falls on Feb 28 in common years via addMonths; ageOn counts from Mar 1 then.
        fc.pre(!(dob.endsWith('02-29') && !birthday.endsWith('02-29')));
        expect(ageOn(dob, birthday)).toBe(years);
        expect(ageOn(dob, addDays(birthday, -1))).toBe(years - 1);
      }),
    );
  });
});

describe('holidays (property)', () => {
  it('observed holidays of a shifting calendar never fall on a weekend and are at most a day from the rule date', () => {
    fc.assert(
      fc.property(fc.constantFrom(ALASKA, OREGON), fc.integer({ min: 2020, max: 2040 }), (cal, year) => {
        for (const h of observedHolidays(cal.calendar, year)) {
          expect(weekend(h.date)).toBe(false);
          expect(h.date.startsWith(String(year))).toBe(true);
          if (h.actual) {
            expect(weekend(h.actual)).toBe(true);
            expect(Math.abs(daysBetween(h.actual, h.date))).toBe(1);
          }
        }
      }),
    );
  });

  it('Seward\'s Day is the last Monday of March and Alaska Day is October 18, observed off weekends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2060 }), (year) => {
        const seward = holidayDate({ month: 3, weekday: 'MO', nth: -1 }, year);
        expect(dayOfWeek(seward)).toBe(1);
        expect(Number(addDays(seward, 7).slice(5, 7))).toBe(4);
        const names = observedHolidays(ALASKA.calendar, year).map((h) => h.name);
        expect(names).toContain("Seward's Day");
        const alaskaDay = observedHolidays(ALASKA.calendar, year).find((h) => h.name === 'Alaska Day')!;
        const rule = makeIsoDate(year, 10, 18)!;
        const expected = dayOfWeek(rule) === 6 ? addDays(rule, -1) : dayOfWeek(rule) === 0 ? addDays(rule, 1) : rule;
        expect(alaskaDay.date).toBe(expected);
      }),
    );
  });
});

describe('calendar examples', () => {
  it('a New Year on Saturday is observed on December 31 of the year before', () => {
    expect(holidayName(ALASKA, '2027-12-31')).toBe("New Year's Day");
    expect(addBusinessDays(ALASKA, '2027-12-30', 1)).toBe('2028-01-03');
  });

  it('Seward\'s Day is an Alaska business holiday but not an Oregon one', () => {
    expect(isBusinessDay(ALASKA, '2026-03-30')).toBe(false);
    expect(isBusinessDay(OREGON, '2026-03-30')).toBe(true);
    expect(addBusinessDays(ALASKA, '2026-03-27', 1)).toBe('2026-03-31');
    expect(addBusinessDays(OREGON, '2026-03-27', 1)).toBe('2026-03-30');
  });

  it('an agency closure is not a business day', () => {
    expect(addBusinessDays({ ...ALASKA, closures: ['2026-11-23'] }, '2026-11-20', 1)).toBe('2026-11-24');
  });
});
