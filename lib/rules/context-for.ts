/** Builds the evaluation context for a jurisdiction from settings and the calendars. */
import type { Jurisdiction } from '../facts/case-facts';
import type { Settings } from '../config/settings-schema';
import type { Calendar } from '../dates/calendar-schema';
import { todayIn } from '../dates/iso-date';
import type { EvalContext } from './context';

export function contextFor(jurisdiction: Jurisdiction, settings: Settings, calendars: readonly Calendar[], now = new Date()): EvalContext {
  const calendarId = settings.calendars[jurisdiction];
  const calendar = calendars.find((c) => c.id === calendarId) ?? calendars.find((c) => c.id === 'us-federal') ?? calendars[0]!;
  return {
    asOf: todayIn(settings.timeZones[jurisdiction], now),
    settings,
    calendar: { calendar, closures: settings.closures[jurisdiction] },
  };
}
