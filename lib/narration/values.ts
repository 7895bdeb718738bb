/**
 * Field values of a template: an answer typed by the worker wins, else the first default that
 * gives a value (a case fact the screens showed, a computed date, a constant). Values are read
 * into one normal form per kind so conditions and formatting never see raw strings.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { Settings } from '../config/settings-schema';
import { addBusinessDays, type BusinessCalendar } from '../dates/business-days';
import { addDays, addMonths, monthEnd } from '../dates/date-math';
import { formatUs, isIsoDate, makeIsoDate, type IsoDate } from '../dates/iso-date';
import type { Condition, DateMath, FieldDefault, NarrationTemplate, TemplateField, TemplateOption } from './template-schema';

export type AnswerValue = string | number | boolean | null | undefined;
/** The worker's answers by field key. `undefined` = not answered (use the default); '' or null = cleared on purpose. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface RenderContext {
  /** Today in the case's jurisdiction (EvalContext.asOf). */
  asOf: IsoDate;
  settings: Pick<Settings, 'tcmServices'>;
  /** Needed only by templates that count business days. */
  calendar?: BusinessCalendar;
}

export type Source = 'answer' | 'screen' | 'computed' | 'default' | 'none';

export interface FieldValue {
  key: string;
  label: string;
  /** Normal form: ISO date, 'YYYY-MM', boolean, number, option value or text; undefined when empty. */
  value: string | number | boolean | undefined;
  /** What `{{key}}` inserts. Empty when there is no value. */
  display: string;
  source: Source;
  /** The case fact path, when the value came from a screen. */
  fact?: string;
  /** Why an answer could not be read (bad date, not a number, unknown option). */
  error?: string;
}

export type Values = Readonly<Record<string, FieldValue>>;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const TEXT_MAX = 4000;

/** The options of a choice field; settings-driven ones (TCM services) insert the service's narration. */
export function fieldOptions(field: TemplateField, settings: Pick<Settings, 'tcmServices'>): TemplateOption[] {
  if (field.optionsFrom === 'tcmServices') {
    return settings.tcmServices.map((s) => ({ value: s.id, label: s.label, text: s.narration, aliases: s.codes }));
  }
  return field.options ?? [];
}

type Read = { value?: string | number | boolean; error?: string };

function readDate(raw: string): Read {
  if (isIsoDate(raw)) return { value: raw };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const iso = us ? makeIsoDate(Number(us[3]), Number(us[1]), Number(us[2])) : null;
  return iso ? { value: iso } : { error: 'is not a date (MM/DD/YYYY)' };
}

function readMonth(raw: string): Read {
  if (isIsoDate(raw)) return { value: raw.slice(0, 7) };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(raw)) return { value: raw };
  const us = /^(\d{1,2})\/(\d{4})$/.exec(raw);
  if (us && Number(us[1]) >= 1 && Number(us[1]) <= 12) return { value: `${us[2]}-${us[1]!.padStart(2, '0')}` };
  return { error: 'is not a month (MM/YYYY)' };
}

function readNumber(raw: string | number, isMoney: boolean): Read {
  const n = typeof raw === 'number' ? raw : Number(raw.replace(isMoney ? /[$,\s]/g : /[,\s]/g, ''));
  if (!Number.isFinite(n) || (typeof raw === 'string' && raw.trim() === '')) return { error: 'is not a number' };
  if (n < 0) return { error: 'cannot be negative' };
  return { value: isMoney ? Math.round(n * 100) / 100 : n };
}

function readYesNo(raw: string | number | boolean): Read {
  if (typeof raw === 'boolean') return { value: raw };
  const s = String(raw).trim().toLowerCase();
  if (['y', 'yes', 'true', '1'].includes(s)) return { value: true };
  if (['n', 'no', 'false', '0'].includes(s)) return { value: false };
  return { error: 'must be yes or no' };
}

function findOption(options: readonly TemplateOption[], raw: string): TemplateOption | undefined {
  const s = raw.trim().toLowerCase();
  return options.find((o) => o.value.toLowerCase() === s || o.aliases?.some((a) => a.toLowerCase() === s));
}

/** Reads one raw value (an answer or a fact) into the field's normal form. Never throws. */
export function readValue(field: TemplateField, raw: string | number | boolean, options: readonly TemplateOption[]): Read {
  switch (field.kind) {
    case 'date':
      return typeof raw === 'string' ? readDate(raw.trim()) : { error: 'is not a date (MM/DD/YYYY)' };
    case 'month':
      return typeof raw === 'string' ? readMonth(raw.trim()) : { error: 'is not a month (MM/YYYY)' };
    case 'money':
    case 'number':
      return typeof raw === 'boolean' ? { error: 'is not a number' } : readNumber(raw, field.kind === 'money');
    case 'yesno':
      return readYesNo(raw);
    case 'choice': {
      const option = findOption(options, String(raw));
      return option ? { value: option.value } : { error: 'is not one of the choices' };
    }
    default: {
      // Text stays text: it is inserted as is, never interpreted. Single-line fields lose line breaks.
      let text = String(raw).replace(/\r\n?/g, '\n').trim();
      if (field.kind === 'text') text = text.replace(/\s*\n\s*/g, ' ');
      const max = field.maxLength ?? TEXT_MAX;
      return [...text].length > max ? { value: text, error: `is longer than ${max} characters` } : { value: text };
    }
  }
}

export function displayOf(field: TemplateField, value: string | number | boolean | undefined, options: readonly TemplateOption[]): string {
  if (value === undefined) return '';
  switch (field.kind) {
    case 'date':
      return formatUs(String(value));
    case 'month':
      return `${String(value).slice(5, 7)}/${String(value).slice(0, 4)}`;
    case 'money':
      return money.format(Number(value));
    case 'yesno':
      return value ? 'yes' : 'no';
    case 'choice': {
      const o = options.find((x) => x.value === value);
      return o ? (o.text ?? o.label) : String(value);
    }
    default:
      return String(value);
  }
}

/** A fact path with `[latest]` (greatest date, else month) or `[n]` list picks. */
export function readFactPath(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const part of path.split('.')) {
    const m = /^([a-zA-Z]+)(?:\[(latest|\d+)\])?$/.exec(part);
    if (!m || value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[m[1]!];
    if (m[2] === undefined) continue;
    if (!Array.isArray(value)) return undefined;
    if (m[2] !== 'latest') value = value[Number(m[2])];
    else {
      const sortKey = (x: unknown) => String((x as { date?: string; month?: string })?.date ?? (x as { month?: string })?.month ?? '');
      value = value.reduce<unknown>((best, x) => (best === undefined || sortKey(x) > sortKey(best) ? x : best), undefined);
    }
  }
  return value;
}

function computeDate(d: DateMath, values: Record<string, FieldValue>, ctx: RenderContext): Read {
  const base = d.from === 'today' ? ctx.asOf : values[d.from]?.value;
  if (typeof base !== 'string') return {};
  let date: IsoDate = base.length === 7 ? `${base}-01` : base;
  if (d.months) date = addMonths(date, d.months);
  if (d.endOfMonth) date = monthEnd(date);
  if (d.days) date = addDays(date, d.days);
  if (d.businessDays !== undefined) {
    if (!ctx.calendar) return { error: 'needs the holiday calendar to count business days' };
    date = addBusinessDays(ctx.calendar, date, d.businessDays);
  }
  return { value: date };
}

function fromDefaults(field: TemplateField, facts: CaseFacts | undefined, values: Record<string, FieldValue>, options: readonly TemplateOption[], ctx: RenderContext) {
  const defaults: FieldDefault[] = field.default === undefined ? [] : Array.isArray(field.default) ? field.default : [field.default];
  for (const d of defaults) {
    if ('fact' in d) {
      const raw = readFactPath(facts, d.fact);
      if (raw === undefined || raw === null || raw === '' || typeof raw === 'object') continue;
      const read = readValue(field, raw as string | number | boolean, options);
      // A screen value the field cannot take is skipped, not shown as the worker's mistake.
      if (read.value !== undefined && !read.error) return { read, source: 'screen' as const, fact: d.fact };
    } else if ('compute' in d) {
      const read = computeDate(d.compute, values, ctx);
      if (read.error) return { read, source: 'computed' as const };
      if (read.value !== undefined) {
        const value = field.kind === 'month' ? String(read.value).slice(0, 7) : read.value;
        return { read: { value }, source: 'computed' as const };
      }
    } else {
      const read = readValue(field, d.value, options);
      if (read.value !== undefined) return { read, source: 'default' as const };
    }
  }
  return undefined;
}

/** Every field's value, in field order (a computed date may use an earlier field). */
export function resolveValues(template: NarrationTemplate, facts: CaseFacts | undefined, answers: Answers, ctx: RenderContext): Values {
  const values: Record<string, FieldValue> = {};
  for (const field of template.fields) {
    const options = fieldOptions(field, ctx.settings);
    const answer = Object.prototype.hasOwnProperty.call(answers, field.key) ? answers[field.key] : undefined;
    const base = { key: field.key, label: field.label };
    let found: { read: Read; source: Source; fact?: string } | undefined;
    if (answer !== undefined) {
      const cleared = answer === null || (typeof answer === 'string' && answer.trim() === '');
      found = cleared ? { read: {}, source: 'answer' } : { read: readValue(field, answer, options), source: 'answer' };
    } else {
      found = fromDefaults(field, facts, values, options, ctx);
    }
    const read = found?.read ?? {};
    // An unreadable date or number is dropped (it would mislead); over-long text is kept and flagged.
    const kept = read.error && field.kind !== 'text' && field.kind !== 'textarea' ? undefined : read.value;
    const value = kept === '' ? undefined : kept;
    values[field.key] = {
      ...base,
      value,
      display: displayOf(field, value, options),
      source: value !== undefined ? found!.source : found?.source === 'answer' ? 'answer' : 'none',
      ...(found?.fact && value !== undefined ? { fact: found.fact } : {}),
      ...(read.error ? { error: read.error } : {}),
    };
  }
  return values;
}

export function isFilled(v: FieldValue | undefined): boolean {
  return v !== undefined && v.value !== undefined;
}

/** Conditions over values. An empty field is never equal to anything and never greater. */
export function holds(c: Condition | undefined, values: Values): boolean {
  if (!c) return true;
  if ('all' in c) return c.all.every((x) => holds(x, values));
  if ('any' in c) return c.any.some((x) => holds(x, values));
  const v = values[c.field]?.value;
  if (c.equals !== undefined) return v !== undefined && String(v).toLowerCase() === String(c.equals).toLowerCase();
  if (c.notEquals !== undefined) return v === undefined || String(v).toLowerCase() !== String(c.notEquals).toLowerCase();
  if (c.greaterThan !== undefined) return typeof v === 'number' && v > c.greaterThan;
  if (c.includes !== undefined) return v !== undefined && String(v).toLowerCase().includes(c.includes.toLowerCase());
  return (c.filled ?? true) === (v !== undefined);
}

/** Whether a field must be filled right now (required, or requiredWhen holds). */
export function isRequired(field: TemplateField, values: Values): boolean {
  return field.required || (field.requiredWhen !== undefined && holds(field.requiredWhen, values));
}
