/**
 * Turns what a worker taught (values clicked and named) into a screen profile, the same format
 * agencies import. Pure, so the side panel's preview and the saved profile never disagree.
 */
import { FACT_PATHS, type FactPathInfo } from '../facts/fact-paths';
import type { Jurisdiction } from '../facts/case-facts';
import type { GridSpec, Locator, ScreenProfileInput, TextTest } from './profile-schema';
import type { DateFormat } from './parse/parse-date';
import type { ParseSpec } from './parse/parse-value';

export interface TaughtField {
  label: string;
  fact: string;
  raw: string;
  locators: Locator[];
}

export interface TaughtScreen {
  id: string;
  title: string;
  jurisdiction: Jurisdiction;
  system: string;
  screen: string;
  recognition: TextTest[];
  grid?: GridSpec;
  fields: TaughtField[];
  taughtOn: string;
}

/** Facts a single screen value can fill (lists are taught as files, not by clicking). */
export function teachableFacts(): FactPathInfo[] {
  return [...FACT_PATHS.values()].filter((f) => f.kind !== 'list' && !f.path.includes('[]'));
}

const DATE_SHAPES: Array<[RegExp, DateFormat]> = [
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'MM/DD/YYYY'],
  [/^\d{1,2}\/\d{1,2}\/\d{2}$/, 'MM/DD/YY'],
  [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  [/^(19|20)\d{6}$/, 'CCYYMMDD'],
  [/^\d{6}$/, 'MMDDYY'],
];

/** How to parse a fact's value, guessed from its kind and the value the worker clicked. */
export function guessParse(raw: string, fact: string): ParseSpec {
  const info = FACT_PATHS.get(fact);
  const value = raw.trim();
  switch (info?.kind) {
    case 'date': {
      const format = DATE_SHAPES.find(([re]) => re.test(value))?.[1] ?? 'MM/DD/YYYY';
      return { type: 'date', formats: [format], ...(/dob|birth/i.test(fact) ? { twoDigitYear: 'past' as const } : {}) };
    }
    case 'flag':
      return { type: 'flag' };
    case 'number':
      return /[$,.]\d{2}$|^\$/.test(value) ? { type: 'money' } : { type: 'number' };
    case 'code': {
      const options = info.options ?? [];
      const match = options.find((o) => o.toUpperCase() === value.toUpperCase());
      return { type: 'code', table: Object.fromEntries(options.map((o) => [o, o]).concat(match || !value ? [] : [[value, options[0] ?? value]])) };
    }
    default:
      return /month/i.test(fact) ? { type: 'month' } : { type: 'text' };
  }
}

const POLICY_OF: Record<Jurisdiction, '000' | '002' | '003'> = { OR: '000', AK: '003', ME: '002' };

export function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'field';
}

export function draftProfile(t: TaughtScreen): ScreenProfileInput {
  const keys = new Set<string>();
  return {
    schemaVersion: 2,
    id: t.id,
    // A taught screen starts at 1.0.0; whoever edits the exported file raises it.
    version: '1.0.0',
    title: t.title,
    jurisdiction: t.jurisdiction,
    system: t.system,
    screen: t.screen,
    citation: {
      policy: POLICY_OF[t.jurisdiction],
      section: 'Screen taught in CaseLens by a worker (not a policy section)',
      note: `Taught on ${t.taughtOn}. Fields: ${t.fields.map((f) => f.label).join(', ')}.`,
    },
    match: { all: t.recognition },
    ...(t.grid ? { grid: t.grid } : {}),
    fields: t.fields.map((f) => {
      let key = kebab(f.label);
      while (keys.has(key)) key = `${key}-2`;
      keys.add(key);
      return { key, label: f.label, fact: f.fact, parse: guessParse(f.raw, f.fact), from: f.locators };
    }),
  };
}
