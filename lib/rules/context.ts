/** What every rule evaluation needs besides the case: the date, the settings, the calendar. */
import type { BusinessCalendar } from '../dates/business-days';
import type { IsoDate } from '../dates/iso-date';
import type { Settings } from '../config/settings-schema';

export interface EvalContext {
  /** Today in the case's jurisdiction (see todayIn and settings.timeZones). */
  asOf: IsoDate;
  settings: Settings;
  calendar: BusinessCalendar;
  /**
   * Fact paths the latest screen showed but could not read (e.g. "fssp.planDate" as 13/45/99).
   * The facts cannot tell such a field from a blank one, so rules treat these as unknown.
   */
  unreadable?: readonly string[];
}

/** A fact's value, or the facts that would be needed to know it. */
export type FactResult = { known: true; value: unknown; display?: string } | { known: false; missing: string[] };

export const known = (value: unknown, display?: string): FactResult => ({ known: true, value, display });
export const unknown = (...missing: string[]): FactResult => ({ known: false, missing });
