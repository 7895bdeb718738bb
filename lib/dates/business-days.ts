/**
 * Business days: weekdays that are not holidays of the jurisdiction's calendar and not days
 * the agency closed. "Within 1 business day of a referral on Friday" means by Monday, or by
 * Tuesday when Monday is a holiday.
 */
import { addDays, dayOfWeek } from './date-math';
import type { IsoDate } from './iso-date';
import type { Calendar, WeekdayCode } from './calendar-schema';
import { observedHolidays } from './holidays';

const WEEKDAY_INDEX: Record<WeekdayCode, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

export interface BusinessCalendar {
  calendar: Calendar;
  /** Agency closure days (ISO dates), e.g. an office closed for weather. */
  closures?: readonly IsoDate[];
}

export function holidayName(bc: BusinessCalendar, date: IsoDate): string | undefined {
  if (bc.closures?.includes(date)) return 'agency closure';
  return observedHolidays(bc.calendar, Number(date.slice(0, 4))).find((h) => h.date === date)?.name;
}

export function isBusinessDay(bc: BusinessCalendar, date: IsoDate): boolean {
  const weekend = bc.calendar.weekendDays.map((d) => WEEKDAY_INDEX[d]);
  if (weekend.includes(dayOfWeek(date))) return false;
  return holidayName(bc, date) === undefined;
}

/** n > 0: the nth business day after date; n < 0: before; n = 0: date itself if a business day, else the next one. */
export function addBusinessDays(bc: BusinessCalendar, date: IsoDate, n: number): IsoDate {
  if (n === 0) {
    let d = date;
    while (!isBusinessDay(bc, d)) d = addDays(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isBusinessDay(bc, d)) left--;
  }
  return d;
}

/** Business days after `from` up to and including `to` (0 when to <= from). */
export function businessDaysBetween(bc: BusinessCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(bc, d)) count++;
  return count;
}
