/**
 * The parts a screen profile is made of: where a value is (locators), how to parse it, how a
 * page is laid out as a 3270 grid, and repeating rows with what a list shown means. Split from
 * profile-schema.ts so each stays readable; docs/screen-profiles.md documents every part.
 */
import { z } from 'zod';
import { DATE_FORMATS } from './parse/parse-date';

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });
export const positive = z.number().int().min(1);
export const Position = z.object({ row: positive.max(200), col: positive.max(400) });

/** How lines of a multi-line value are joined into one ("10 lines of 70 columns" into one note). */
const Join = z.enum(['space', 'newline']);

export const LocatorSchema = z.union([
  z.object({ label: z.string().min(1).max(100), direction: z.enum(['right', 'below']).optional() }).strict(),
  z
    .object({
      selector: z.string().min(1),
      attribute: z.string().optional(),
      /** Every element the selector finds, joined (one note typed over several input lines). */
      all: z.boolean().optional(),
      join: Join.optional(),
    })
    .strict(),
  z
    .object({
      grid: z
        .object({
          row: positive,
          col: positive,
          length: positive.max(400),
          /** This many lines from `row` down, each `length` wide, joined into one value. */
          lines: positive.max(200).optional(),
          join: Join.optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ pattern: z.string().min(1), group: z.number().int().min(0).optional(), flags: z.enum(['', 'i']).optional() }).strict(),
]);
export type Locator = z.infer<typeof LocatorSchema>;

/** A screen code matched by a regular expression (whole value) or by how it starts. */
const CodePattern = z.object({ pattern: z.string().min(1).max(200), value: z.string().min(1) }).strict();
const CodePrefix = z.object({ prefix: z.string().min(1).max(40), value: z.string().min(1) }).strict();

const dateOptions = {
  formats: z.array(z.enum(DATE_FORMATS)).min(1),
  twoDigitYear: z.union([z.enum(['past', 'sliding']), z.number().int().min(0).max(99)]).optional(),
};

export const ParseSpecSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), upper: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('date'), ...dateOptions }).strict(),
  /** "A date here means yes": a valid date is true, a blank (or all-zero) date is false. */
  z.object({ type: z.literal('present'), ...dateOptions }).strict(),
  z.object({ type: z.literal('flag'), yes: z.array(z.string()).optional(), no: z.array(z.string()).optional() }).strict(),
  z.object({ type: z.literal('month') }).strict(),
  z.object({ type: z.literal('money') }).strict(),
  z.object({ type: z.literal('number'), integer: z.boolean().optional() }).strict(),
  z
    .object({
      type: z.literal('code'),
      /** Exact screen codes; tried first. */
      table: z.record(z.string(), z.string()).default({}),
      /** Then prefixes, longest first ("J0" for every J0xx notice). */
      prefixes: z.array(CodePrefix).max(200).optional(),
      /** Then regular expressions over the whole value, in order. */
      patterns: z.array(CodePattern).max(200).optional(),
      caseSensitive: z.boolean().optional(),
    })
    .strict()
    .refine((c) => Object.keys(c.table).length > 0 || !!c.prefixes?.length || !!c.patterns?.length, {
      message: 'a code parse needs a table, prefixes or patterns',
    }),
]);

/** Where a column's cell sits inside one row of a list, or a value from outside the row. */
export const ColumnLocatorSchema = z.union([
  z.object({ cell: z.number().int().min(0) }).strict(),
  z.object({ selector: z.string().min(1), attribute: z.string().optional() }).strict(),
  z.object({ grid: z.object({ col: positive, length: positive, lines: positive.max(50).optional(), join: Join.optional() }).strict() }).strict(),
  z.object({ group: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/) }).strict(),
  /** The same value for every row, found outside the rows (the screen's date, the plan's member). */
  z.object({ outside: LocatorSchema }).strict(),
]);

export const RowsSchema = z.union([
  z.object({ selector: z.string().min(1) }).strict(),
  /** Grid rows; `step` lines make one row (a two-line entry). */
  z.object({ grid: z.object({ firstRow: positive, lastRow: positive, step: positive.max(50).optional() }).strict() }).strict(),
  z.object({ pattern: z.string().min(1), flags: z.enum(['', 'i']).optional() }).strict(),
]);

/**
 * What a list the screen shows means for the list CaseLens knows (docs/screen-profiles.md):
 * - complete: the whole list; it replaces the known one (rows not shown are gone);
 * - partial: some rows (a page, a filter); each shown row updates the known row with the same
 *   rowKey, other known rows stay;
 * - latest: only the newest row(s) (a "last review" line, a detail panel); merged as partial,
 *   and a screen showing none says nothing;
 * - history: an append-only log; rows with a new key are added, known rows never change.
 */
export const LIST_MEANINGS = ['complete', 'partial', 'latest', 'history'] as const;
export type ListMeaning = (typeof LIST_MEANINGS)[number];

export const ColumnSchema = z
  .object({
    key: id,
    label: z.string().min(1).max(80),
    /** Path inside a row, or "." when the list holds plain values (e.g. review dates). */
    fact: z.string().min(1),
    parse: ParseSpecSchema,
    from: ColumnLocatorSchema,
    required: z.boolean().default(true),
  })
  .strict();

export const ListSchema = z
  .object({
    key: id,
    label: z.string().min(1).max(80),
    /** List fact path, e.g. "household"; column facts are relative to it ("dob"). "cases" on a listing. */
    fact: z.string().min(1),
    rows: RowsSchema,
    columns: z.array(ColumnSchema).min(1),
    /** Columns whose value is fixed for every row of this list (e.g. staff: family-coach). */
    constants: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
    meaning: z.enum(LIST_MEANINGS).default('complete'),
    /** Column keys that identify a row when merging (partial, latest, history); default: every column. */
    rowKey: z.array(id).min(1).max(10).optional(),
  })
  .strict();

/** How to lay out a grid-like page as 3270 rows and columns. */
export const GridSchema = z.union([
  z.object({ kind: z.literal('pre'), selector: z.string().default('pre') }).strict(),
  z.object({ kind: z.literal('rows'), selector: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('cells'), selector: z.string().min(1), rowAttribute: z.string(), colAttribute: z.string() }).strict(),
  /** A table whose rows are screen rows and whose cells span `colspan` columns each (HATS). */
  z.object({ kind: z.literal('table'), selector: z.string().min(1) }).strict(),
]);
