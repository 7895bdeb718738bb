/**
 * Registry of built-in holiday calendars: one file per calendar, file name = id. The
 * conventions test fails when a file here is not listed below.
 */
import type { Calendar } from '../dates/calendar-schema';
import alaska from './alaska.json' with { type: 'json' };
import oregon from './oregon.json' with { type: 'json' };
import usFederal from './us-federal.json' with { type: 'json' };

export const BUILT_IN_CALENDARS = [usFederal, oregon, alaska] as unknown as readonly Calendar[];
