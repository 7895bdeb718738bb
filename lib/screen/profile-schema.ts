/**
 * Screen profiles: how to recognise one legacy screen and read its fields, as data. Agencies
 * import their own; built-in ones live in lib/profiles/<id>.json. Versioned so a stale file is
 * rejected with a clear message instead of being half-understood.
 */
import { z } from 'zod';
import { CitationSchema } from '../policy/citation';
import { DATE_FORMATS } from './parse/parse-date';

export const PROFILE_SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
const positive = z.number().int().min(1);
const Position = z.object({ row: positive.max(200), col: positive.max(400) });

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

export const LocatorSchema = z.union([
  z.object({ label: z.string().min(1).max(100), direction: z.enum(['right', 'below']).optional() }).strict(),
  z.object({ selector: z.string().min(1), attribute: z.string().optional() }).strict(),
  z.object({ grid: z.object({ row: positive, col: positive, length: positive.max(400) }).strict() }).strict(),
  z.object({ pattern: z.string().min(1), group: z.number().int().min(0).optional(), flags: z.enum(['', 'i']).optional() }).strict(),
]);
export type Locator = z.infer<typeof LocatorSchema>;

export const ParseSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), upper: z.boolean().optional() }).strict(),
  z
    .object({
      type: z.literal('date'),
      formats: z.array(z.enum(DATE_FORMATS)).min(1),
      twoDigitYear: z.union([z.enum(['past', 'sliding']), z.number().int().min(0).max(99)]).optional(),
    })
    .strict(),
  z.object({ type: z.literal('flag'), yes: z.array(z.string()).optional(), no: z.array(z.string()).optional() }).strict(),
  z.object({ type: z.literal('month') }).strict(),
  z.object({ type: z.literal('money') }).strict(),
  z.object({ type: z.literal('number'), integer: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('code'), table: z.record(z.string(), z.string()), caseSensitive: z.boolean().optional() }).strict(),
]);

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

/** Where a column's cell sits inside one row of a list. */
export const ColumnLocatorSchema = z.union([
  z.object({ cell: z.number().int().min(0) }).strict(),
  z.object({ selector: z.string().min(1), attribute: z.string().optional() }).strict(),
  z.object({ grid: z.object({ col: positive, length: positive }).strict() }).strict(),
  z.object({ group: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/) }).strict(),
]);

export const RowsSchema = z.union([
  z.object({ selector: z.string().min(1) }).strict(),
  z.object({ grid: z.object({ firstRow: positive, lastRow: positive }).strict() }).strict(),
  z.object({ pattern: z.string().min(1), flags: z.enum(['', 'i']).optional() }).strict(),
]);

export const ListSchema = z
  .object({
    key: id,
    label: z.string().min(1).max(80),
    /** List fact path, e.g. "household"; column facts are relative to it ("dob"). */
    fact: z.string().min(1),
    rows: RowsSchema,
    columns: z
      .array(
        z
          .object({
            key: id,
            label: z.string().min(1).max(80),
            /** Path inside a row, or "." when the list holds plain values (e.g. review dates). */
            fact: z.string().min(1),
            parse: ParseSpecSchema,
            from: ColumnLocatorSchema,
            required: z.boolean().default(true),
          })
          .strict(),
      )
      .min(1),
    /** Columns whose value is fixed for every row of this list (e.g. staff: family-coach). */
    constants: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
  })
  .strict();

/** How to lay out a grid-like page as 3270 rows and columns. */
export const GridSchema = z.union([
  z.object({ kind: z.literal('pre'), selector: z.string().default('pre') }).strict(),
  z.object({ kind: z.literal('rows'), selector: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('cells'), selector: z.string().min(1), rowAttribute: z.string(), colAttribute: z.string() }).strict(),
]);

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
    /**
     * 'context' for a frame that only carries the case (a header or banner frame): it lends
     * its case number to the screen frames beside it and is never the screen the panel follows.
     */
    role: z.enum(['screen', 'context']).default('screen'),
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
