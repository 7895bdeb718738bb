/**
 * Screen profiles: how to recognise one legacy screen and read its fields, as data. Agencies
 * import their own; built-in ones live in lib/profiles/<id>.json. Versioned so a stale file is
 * rejected with a clear message instead of being half-understood.
 */
import { z } from 'zod';
import { CitationSchema } from '../policy/citation';
import { GridSchema, id, ListSchema, LocatorSchema, ParseSpecSchema, Position, positive } from './profile-parts';

/** Version 2: list meanings, listing and survey-form profiles, new locators and parses (v1 files are migrated on load). */
export const PROFILE_SCHEMA_VERSION = 2;

export { ColumnLocatorSchema, GridSchema, ListSchema, LocatorSchema, ParseSpecSchema, RowsSchema, LIST_MEANINGS, type ListMeaning, type Locator } from './profile-parts';

/** A piece of text that must (or must not) be on the screen. */
export const TextTestSchema = z
  .object({
    text: z.string().min(1).max(200),
    /** At a 3270 position: the text starts exactly there. */
    at: Position.optional(),
    /** Inside elements matching this selector (e.g. the page title, a screen-id span). */
    selector: z.string().min(1).optional(),
    caseSensitive: z.boolean().optional(),
  })
  .strict();

export const MatchSchema = z
  .object({
    /** Optional URL pattern with * wildcards; content decides, since many screens share one URL. */
    url: z.string().min(1).optional(),
    all: z.array(TextTestSchema).default([]),
    none: z.array(TextTestSchema).default([]),
    inputs: z.object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() }).strict().optional(),
  })
  .strict()
  .refine((m) => m.all.length > 0 || m.inputs !== undefined, {
    message: 'needs at least one content test (all[] or inputs): a URL alone cannot tell screens apart',
  });

export const FieldSchema = z
  .object({
    key: id,
    label: z.string().min(1).max(80),
    /** Case fact path it fills, e.g. "casePlan.tcmFlag" (see lib/facts). */
    fact: z.string().min(1),
    parse: ParseSpecSchema,
    /** Alternatives tried in order until one finds the field. */
    from: z.array(LocatorSchema).min(1),
    /** A required field that is not found is reported as drift. */
    required: z.boolean().default(true),
  })
  .strict();

/**
 * An agency's own survey web form bound to a survey (lib/rmss/surveys): which form on the page,
 * and which of its controls hold each question, so the RMSS checks run on any survey form.
 */
export const SurveyFormSchema = z
  .object({
    /** The survey's id (e.g. "or-rmss"). */
    survey: id,
    selector: z.string().min(1).max(200),
    fields: z
      .array(
        z
          .object({
            question: z.string().min(1).max(40),
            names: z.array(z.string().min(1).max(100)).min(1).max(20),
            values: z.record(z.string(), z.string().min(1).max(40)).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

/** Fixed-width input lines a narration can be inserted into (3270 style). */
export const NarrationTargetSchema = z
  .object({
    selector: z.string().min(1),
    /** Title field of the note (CLNO title), when the screen has one. */
    titleSelector: z.string().min(1).optional(),
    lineWidth: positive.max(400),
    lineCount: positive.max(200),
    upperCase: z.boolean().default(false),
    /** Characters the legacy field accepts, as a regular-expression character class body. */
    allowed: z.string().optional(),
  })
  .strict();

export const ScreenProfileSchema = z
  .object({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    id,
    /**
     * The profile's own version ("1.2.0"), raised by whoever edits it; Settings shows which
     * version read each screen. A format-1 file had none and is migrated as "0".
     */
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, { message: 'must be a short version like 1.2.0' }),
    title: z.string().min(1).max(120),
    jurisdiction: z.enum(['OR', 'AK', 'ME', 'ANY']),
    system: z.string().min(1).max(40),
    /** Screen code as the system names it (CPLN, FSSP, ...). */
    screen: z.string().min(1).max(40),
    citation: CitationSchema,
    /**
     * Hosts this profile may read (match patterns, or "demo" for the bundled demo system in the
     * demo build). Omitted: any of the agency's granted hosts. The agency's \`systemHosts\`
     * setting overrides it per system (lib/origins/agency-origins.ts).
     */
    hosts: z.array(z.string().min(1).max(200)).max(50).optional(),
    match: MatchSchema,
    grid: GridSchema.optional(),
    fields: z.array(FieldSchema).default([]),
    lists: z.array(ListSchema).default([]),
    narrationTarget: NarrationTargetSchema.optional(),
    /** Survey web forms on this screen bound to a survey, so the RMSS checks run on them. */
    surveyForms: z.array(SurveyFormSchema).max(10).optional(),
    /**
     * 'context' for a frame that only carries the case (a header or banner frame): it lends
     * its case number to the screen frames beside it and is never the screen the panel follows.
     * 'listing' for a list of many cases (a worker's caseload): its one list, fact "cases", has
     * columns filling each case's own facts (caseNumber, caseName, program, track, a review date).
     */
    role: z.enum(['screen', 'context', 'listing']).default('screen'),
    /** Higher wins when two profiles match the same screen. */
    priority: z.number().int().default(0),
  })
  .strict();

export type ScreenProfile = z.infer<typeof ScreenProfileSchema>;
export type ScreenProfileInput = z.input<typeof ScreenProfileSchema>;
export type FieldSpec = z.infer<typeof FieldSchema>;
export type ListSpec = z.infer<typeof ListSchema>;
export type GridSpec = z.infer<typeof GridSchema>;
export type TextTest = z.infer<typeof TextTestSchema>;
export type SurveyFormBinding = z.infer<typeof SurveyFormSchema>;
