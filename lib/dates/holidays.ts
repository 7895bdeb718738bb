/** Observed holiday dates of a calendar in a year, with the weekend-shift rule applied. */
import { addDays, dayOfWeek } from './date-math';
import { makeIsoDate, type IsoDate } from './iso-date';
import type { Calendar, HolidayRule, WeekdayCode } from './calendar-schema';

const WEEKDAY_INDEX: Record<WeekdayCode, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

export function holidayDate(rule: HolidayRule, year: number): IsoDate {
  if ('day' in rule) return makeIsoDate(year, rule.month, rule.day)!;
  const target = WEEKDAY_INDEX[rule.weekday];
  let date: IsoDate;
  if (rule.nth === -1) {
    const nextMonthFirst = rule.month === 12 ? makeIsoDate(year + 1, 1, 1)! : makeIsoDate(year, rule.month + 1, 1)!;
    date = addDays(nextMonthFirst, -1);
    date = addDays(date, -((dayOfWeek(date) - target + 7) % 7));
  } else {
    const first = makeIsoDate(year, rule.month, 1)!;
    date = addDays(first, ((target - dayOfWeek(first) + 7) % 7) + (rule.nth - 1) * 7);
  }
  return rule.offsetDays ? addDays(date, rule.offsetDays) : date;
}

export interface ObservedHoliday {
  date: IsoDate;
  name: string;
  /** The date in the rule, when the observed day was shifted off a weekend. */
  actual?: IsoDate;
}

const cache = new WeakMap<Calendar, Map<number, ObservedHoliday[]>>();

export function observedHolidays(calendar: Calendar, year: number): ObservedHoliday[] {
  let byYear = cache.get(calendar);
  if (!byYear) cache.set(calendar, (byYear = new Map()));
  const hit = byYear.get(year);
  if (hit) return hit;
  const out: ObservedHoliday[] = [];
  // A January 1 on Saturday is observed on December 31 of the year before: look one year ahead.
  for (const y of [year, year + 1]) {
    for (const h of calendar.holidays) {
      if ((h.from !== undefined && y < h.from) || (h.until !== undefined && y > h.until)) continue;
      const actual = holidayDate(h.rule, y);
      const dow = dayOfWeek(actual);
      let date = actual;
      if (dow === 6 && calendar.weekendShift.saturday === 'friday') date = addDays(actual, -1);
      if (dow === 0 && calendar.weekendShift.sunday === 'monday') date = addDays(actual, 1);
      if (date.startsWith(String(year))) out.push(date === actual ? { date, name: h.name } : { date, name: h.name, actual });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : 1));
  byYear.set(year, out);
  return out;
}
