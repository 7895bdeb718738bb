/**
 * The built-in knowledge, validated once: screen profiles, rules and holiday calendars. Used
 * by the background, the side panel, tests and the bench (never by the content script, which
 * receives profiles already validated).
 */
import { BUILT_IN_CALENDARS } from './calendars';
import { CalendarSchema, type Calendar } from './dates/calendar-schema';
import { BUILT_IN_PROFILES } from './profiles';
import { BUILT_IN_RULES } from './rules/registry';
import { RuleSchema, type Rule } from './rules/rule-schema';
import type { ScreenProfile } from './screen/profile-schema';
import { loadProfile } from './screen/profile-migrate';

export interface Knowledge {
  profiles: ScreenProfile[];
  rules: Rule[];
  calendars: Calendar[];
}

let cached: Knowledge | undefined;

/** Throws on a broken built-in file: that is a bug to catch in tests, not at a caseworker's desk. */
export function builtInKnowledge(): Knowledge {
  cached ??= {
    profiles: BUILT_IN_PROFILES.map((p) => loadProfile(p)),
    rules: BUILT_IN_RULES.map((r) => RuleSchema.parse(r)),
    calendars: BUILT_IN_CALENDARS.map((c) => CalendarSchema.parse(c)),
  };
  return cached;
}
