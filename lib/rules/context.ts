/** What every rule evaluation needs besides the case: the date, the settings, the calendar. */
import type { BusinessCalendar } from '../dates/business-days';
import type { IsoDate } from '../dates/iso-date';
import type { Settings } from '../config/settings-schema';
import type { FactSource, PendingValue } from '../facts/provenance';

export interface EvalContext {
  /** Today in the case's jurisdiction (see todayIn and settings.timeZones). */
  asOf: IsoDate;
  settings: Settings;
  calendar: BusinessCalendar;
  /**
   * Where each fact path was shown and how (seen, blank, unreadable): a field counts as blank
   * only when a screen showed it blank, and an unreadable one is unknown, never blank. Without
   * sources no field is known to be blank.
   */
  sources?: Readonly<Record<string, FactSource>>;
  /** Values typed on a screen but not saved by the legacy system (shown beside the finding). */
  pending?: Readonly<Record<string, PendingValue>>;
}

/** A fact's value, or the facts that would be needed to know it. */
export type FactResult = { known: true; value: unknown; display?: string } | { known: false; missing: string[] };

export const known = (value: unknown, display?: string): FactResult => ({ known: true, value, display });
export const unknown = (...missing: string[]): FactResult => ({ known: false, missing });
