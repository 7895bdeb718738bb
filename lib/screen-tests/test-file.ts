/**
 * A screen saved as a test: the anonymised page, where it was (origin and path, numbers
 * scrubbed), the year its two-digit dates count from, and what the profile read from it. The
 * Screens tab exports it as `<name>.screen-test.json`; `caselens-profiles test` reads it, and
 * also a `<name>.html` screen with its read in `<name>.expected.json` beside it.
 */
import { z } from 'zod';
import type { ExpectedRead } from './expected-read';

export const SCREEN_TEST_KIND = 'caselens-screen-test';
const MAX_HTML = 3_000_000;

const Value = z.union([z.string().max(4000), z.number(), z.boolean()]);

export const ExpectedReadSchema = z
  .object({
    profileId: z.string().max(100).nullable(),
    profileVersion: z.string().max(40).optional(),
    facts: z.record(z.string().max(300), Value),
    blank: z.array(z.string().max(300)),
    unreadable: z.array(z.string().max(300)),
    problems: z.array(z.string().max(1000)),
  })
  .strict();

/** Beside a `.html` screen: its read, and how to read it (the page's address, the reference year). */
export const ExpectedFileSchema = z
  .object({ url: z.string().max(2000), referenceYear: z.number().int().min(1900).max(2200), expected: ExpectedReadSchema })
  .strict();

export const ScreenTestSchema = z
  .object({
    kind: z.literal(SCREEN_TEST_KIND),
    name: z.string().min(1).max(120),
    savedAt: z.string().max(40),
    url: z.string().max(2000),
    referenceYear: z.number().int().min(1900).max(2200),
    html: z.string().max(MAX_HTML),
    expected: ExpectedReadSchema,
  })
  .strict();

export type ScreenTest = z.infer<typeof ScreenTestSchema>;
export type ExpectedFile = z.infer<typeof ExpectedFileSchema>;

export function screenTestFile(test: ScreenTest): string {
  return `${JSON.stringify(test, null, 2)}\n`;
}

export function expectedFile(url: string, referenceYear: number, expected: ExpectedRead): string {
  return `${JSON.stringify({ url, referenceYear, expected } satisfies ExpectedFile, null, 2)}\n`;
}

/** A file name from a test's name: letters, digits and dashes. */
export function testFileName(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'screen'}.screen-test.json`;
}
