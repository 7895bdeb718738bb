/**
 * Calendar dates as ISO strings ("2026-11-24"). Policy deadlines are about calendar days in a
 * jurisdiction, not instants, so dates are kept as plain strings and only turned into Date
 * objects pinned to UTC for arithmetic (UTCDate): no machine time zone or DST can shift a day.
 * The jurisdiction's zone matters once, for "today" (TZDate).
 */
import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { format, isExists } from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return !!m && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** A UTC-pinned Date for arithmetic with date-fns (its getters read UTC fields). */
export function toUtcDate(iso: IsoDate): UTCDate {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  return new UTCDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromUtcDate(date: Date): IsoDate {
  const d = date instanceof UTCDate ? date : new UTCDate(date.getTime());
  // Hot path (every deadline walks days): build the string directly instead of format().
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today's calendar date in an IANA time zone (e.g. America/Anchorage). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
}

export function makeIsoDate(year: number, month1: number, day: number): IsoDate | null {
  if (!isExists(year, month1 - 1, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** US-style display used on legacy screens and in narration: 11/24/2026. */
export function formatUs(iso: IsoDate): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}
