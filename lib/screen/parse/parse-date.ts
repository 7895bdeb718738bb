/**
 * Dates as legacy screens show them. Mainframe fronts print MMDDYY, MM/DD/YY, MM/DD/YYYY,
 * CCYYMMDD and sometimes ISO; all-zero or blank dates mean "no date" (a field never filled),
 * which is different from a value that is not a date at all.
 */
import { makeIsoDate, type IsoDate } from '../../dates/iso-date';

export const DATE_FORMATS = ['MMDDYY', 'MM/DD/YY', 'MM/DD/YYYY', 'CCYYMMDD', 'YYYY-MM-DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * How a two-digit year gets its century:
 * - 'past': the most recent year not after the reference year (birth dates, dates done);
 * - 'sliding': within 50 years either side of the reference year (plan and due dates);
 * - a number P: years below P are 20YY, the rest 19YY (what many COBOL programs did).
 */
export type TwoDigitYear = 'past' | 'sliding' | number;

export type DateParse =
  | { kind: 'date'; value: IsoDate }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string };

const SHAPES: Record<DateFormat, RegExp> = {
  MMDDYY: /^(\d{2})(\d{2})(\d{2})$/,
  'MM/DD/YY': /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/,
  'MM/DD/YYYY': /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/,
  CCYYMMDD: /^(\d{4})(\d{2})(\d{2})$/,
  'YYYY-MM-DD': /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** Blank, underscores, zeros with separators: the ways a 3270 screen shows an empty date. */
const NO_DATE = /^[\s_0./-]*$/;

export function expandYear(yy: number, rule: TwoDigitYear, referenceYear: number): number {
  if (typeof rule === 'number') return yy < rule ? 2000 + yy : 1900 + yy;
  const century = Math.floor(referenceYear / 100) * 100;
  let year = century + yy;
  if (rule === 'past') return year > referenceYear ? year - 100 : year;
  if (year > referenceYear + 50) year -= 100;
  else if (year <= referenceYear - 50) year += 100;
  return year;
}

export function parseLegacyDate(
  raw: string,
  formats: readonly DateFormat[],
  opts: { twoDigitYear: TwoDigitYear; referenceYear: number },
): DateParse {
  const text = raw.trim();
  if (NO_DATE.test(text)) return { kind: 'empty' };
  for (const format of formats) {
    const m = SHAPES[format].exec(text);
    if (!m) continue;
    const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    let year: number, month: number, day: number;
    if (format === 'CCYYMMDD' || format === 'YYYY-MM-DD') [year, month, day] = [a, b, c];
    else if (format === 'MM/DD/YYYY') [year, month, day] = [c, a, b];
    else [year, month, day] = [expandYear(c, opts.twoDigitYear, opts.referenceYear), a, b];
    const iso = makeIsoDate(year, month, day);
    if (iso) return { kind: 'date', value: iso };
    return { kind: 'invalid', reason: `'${text}' is not a date (no day ${day} in month ${month} of ${year})` };
  }
  return { kind: 'invalid', reason: `'${text}' is not a date (expected ${formats.join(' or ')})` };
}
