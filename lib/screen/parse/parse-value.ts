/**
 * Turns the raw text of one screen field into a typed value, or says exactly why it can't.
 * Pure and small: it runs inside the content script.
 */
import { parseLegacyDate, type DateFormat, type TwoDigitYear } from './parse-date';
import { parseCode, type CodeSpec } from './parse-code';

export type ParseSpec =
  | { type: 'text'; upper?: boolean }
  | { type: 'date'; formats: DateFormat[]; twoDigitYear?: TwoDigitYear }
  | { type: 'present'; formats: DateFormat[]; twoDigitYear?: TwoDigitYear }
  | { type: 'flag'; yes?: string[]; no?: string[] }
  | { type: 'month' }
  | { type: 'money' }
  | { type: 'number'; integer?: boolean }
  | CodeSpec;

export type FieldValue = string | number | boolean;

export type ParseResult =
  | { status: 'ok'; value: FieldValue }
  | { status: 'empty' }
  | { status: 'unreadable'; reason: string };

export interface ParseContext {
  referenceYear: number;
}

const DEFAULT_YES = ['Y', 'YES', 'X'];
const DEFAULT_NO = ['N', 'NO'];

/** Screens pad with spaces, underscores (3270 input fill) and NULs. */
export function cleanRaw(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000\u00a0]/g, ' ').replace(/_+$/g, '').replace(/\s+/g, ' ').trim();
}

export function parseValue(raw: string, spec: ParseSpec, ctx: ParseContext): ParseResult {
  const text = cleanRaw(raw);
  switch (spec.type) {
    case 'text':
      return text === '' ? { status: 'empty' } : { status: 'ok', value: spec.upper ? text.toUpperCase() : text };
    case 'date': {
      const result = parseLegacyDate(text, spec.formats, {
        twoDigitYear: spec.twoDigitYear ?? 'sliding',
        referenceYear: ctx.referenceYear,
      });
      if (result.kind === 'date') return { status: 'ok', value: result.value };
      if (result.kind === 'empty') return { status: 'empty' };
      return { status: 'unreadable', reason: result.reason };
    }
    case 'present': {
      // "Signed on 03/04/26" means signed; a blank or all-zero date means not (yet).
      const result = parseLegacyDate(text, spec.formats, { twoDigitYear: spec.twoDigitYear ?? 'sliding', referenceYear: ctx.referenceYear });
      if (result.kind === 'invalid') return { status: 'unreadable', reason: result.reason };
      return { status: 'ok', value: result.kind === 'date' };
    }
    case 'flag': {
      if (text === '') return { status: 'empty' };
      const upper = text.toUpperCase();
      if ((spec.yes ?? DEFAULT_YES).includes(upper)) return { status: 'ok', value: true };
      if ((spec.no ?? DEFAULT_NO).includes(upper)) return { status: 'ok', value: false };
      return { status: 'unreadable', reason: `'${text}' is not a yes/no flag` };
    }
    case 'month': {
      if (text === '' || /^[0\s/-]*$/.test(text)) return { status: 'empty' };
      const m = /^(\d{1,2})[/-](\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})$/.exec(text);
      if (!m) return { status: 'unreadable', reason: `'${text}' is not a month (MM/YYYY)` };
      const [year, month] = m[1]!.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
      if (month < 1 || month > 12) return { status: 'unreadable', reason: `'${text}' is not a month (no month ${month})` };
      return { status: 'ok', value: `${year}-${String(month).padStart(2, '0')}` };
    }
    case 'money': {
      if (text === '') return { status: 'empty' };
      const m = /^(-)?\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(-|\s?CR)?$/i.exec(text);
      if (!m) return { status: 'unreadable', reason: `'${text}' is not an amount of money` };
      const cents = Number(m[2]!.replace(/,/g, '')) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
      const negative = !!m[1] || !!m[4];
      return { status: 'ok', value: (negative ? -cents : cents) / 100 };
    }
    case 'number': {
      if (text === '') return { status: 'empty' };
      const pattern = spec.integer ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/;
      const plain = text.replace(/,/g, '');
      if (!pattern.test(plain)) return { status: 'unreadable', reason: `'${text}' is not a ${spec.integer ? 'whole ' : ''}number` };
      return { status: 'ok', value: Number(plain) };
    }
    case 'code': {
      if (text === '') return { status: 'empty' };
      const result = parseCode(text, spec);
      return result.ok ? { status: 'ok', value: result.value } : { status: 'unreadable', reason: result.reason };
    }
  }
}
