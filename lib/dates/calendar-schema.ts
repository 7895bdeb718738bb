/**
 * Holiday calendars as data: a holiday is a fixed date or the nth weekday of a month, with the
 * jurisdiction's rule for holidays that fall on a weekend. Agencies add closure days.
 */
import { z } from 'zod';
import { CitationSchema } from '../policy/citation';

export const CALENDAR_SCHEMA_VERSION = 1;

const Weekday = z.enum(['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']);
export type WeekdayCode = z.infer<typeof Weekday>;

export const HolidayRuleSchema = z.union([
  z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict(),
  z
    .object({
      month: z.number().int().min(1).max(12),
      weekday: Weekday,
      /** 1..5 = first..fifth, -1 = last. */
      nth: z.union([z.number().int().min(1).max(5), z.literal(-1)]),
      offsetDays: z.number().int().min(-6).max(6).optional(),
    })
    .strict(),
]);

export const HolidaySchema = z
  .object({
    name: z.string().min(1),
    rule: HolidayRuleSchema,
    /** First and last year the holiday is observed (e.g. Juneteenth from 2021). */
    from: z.number().int().optional(),
    until: z.number().int().optional(),
  })
  .strict();

export const CalendarSchema = z
  .object({
    schemaVersion: z.literal(CALENDAR_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** IANA zone whose calendar day counts (deadlines are in the office's local day). */
    timeZone: z.string().min(1),
    citation: CitationSchema,
    holidays: z.array(HolidaySchema).min(1),
    /** What happens when a holiday falls on a weekend day. */
    weekendShift: z.object({ saturday: z.enum(['friday', 'none']), sunday: z.enum(['monday', 'none']) }).strict(),
    weekendDays: z.array(Weekday).default(['SA', 'SU']),
  })
  .strict();

export type Calendar = z.infer<typeof CalendarSchema>;
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;
