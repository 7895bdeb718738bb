/** Calendar-day arithmetic on ISO dates, delegated to date-fns over UTC-pinned dates. */
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  differenceInYears,
  endOfMonth,
  startOfMonth,
} from 'date-fns';
import { fromUtcDate, toUtcDate, type IsoDate } from './iso-date';

export const addDays = (iso: IsoDate, n: number): IsoDate => fromUtcDate(fnsAddDays(toUtcDate(iso), n));
/** date-fns clamps to the month end: Jan 31 + 1 month = Feb 28 (or 29). */
export const addMonths = (iso: IsoDate, n: number): IsoDate => fromUtcDate(fnsAddMonths(toUtcDate(iso), n));
export const monthStart = (iso: IsoDate): IsoDate => fromUtcDate(startOfMonth(toUtcDate(iso)));
export const monthEnd = (iso: IsoDate): IsoDate => fromUtcDate(endOfMonth(toUtcDate(iso)));
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
/** Completed years of age on a date (a birthday on Feb 29 counts from Mar 1 in common years). */
export const ageOn = (dob: IsoDate, on: IsoDate): number => differenceInYears(toUtcDate(on), toUtcDate(dob));
export const dayOfWeek = (iso: IsoDate): number => toUtcDate(iso).getDay();
export const monthKey = (iso: IsoDate): string => iso.slice(0, 7);
