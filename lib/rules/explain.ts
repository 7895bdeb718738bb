/** Filling a rule's plain-language explanation from the evidence, the dates and the case facts. */
import type { CaseFacts } from '../facts/case-facts';
import { formatUs } from '../dates/iso-date';
import type { Evidence } from './conditions';
import type { DeadlineResult } from './deadline';
import type { EvalContext } from './context';
import { readPath } from './fact-access';
import { fillPlaceholders, formatValue } from './format-value';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10" -> "October 2026", for explanations of monthly duties. */
export function periodName(period: string): string {
  return `${MONTHS[Number(period.slice(5, 7)) - 1] ?? period} ${period.slice(0, 4)}`;
}

export function deadlineValues(r: DeadlineResult, ctx: EvalContext): Record<string, string> {
  const v: Record<string, string> = { asOf: formatUs(ctx.asOf) };
  if (r.anchor) v.anchor = formatUs(r.anchor);
  if (r.due) v.due = formatUs(r.due);
  if (r.doneOn) v.done = formatUs(r.doneOn);
  if (r.period) {
    v.period = r.period;
    v.periodName = periodName(r.period);
  }
  return v;
}

export function placeholderValues(evidence: Evidence[], extra: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = { ...extra };
  // A field seen blank reads "blank" in {{path}}, not "not on any screen seen".
  for (const e of evidence) {
    if (e.fact === 'blank' && e.known && e.value === true && typeof e.params?.path === 'string') values[e.params.path] = 'blank';
  }
  for (const e of evidence) values[e.fact] ??= e.known ? (e.display ?? formatValue(e.value)) : formatValue(undefined);
  return values;
}

/**
 * Fills a rule's explanation. Placeholders the values do not fill may name a plain case-fact
 * path ("{{program}}"); anything else is left as written so a broken template shows in tests,
 * not as a guess.
 */
export function explainWith(template: string, values: Record<string, string>, facts: CaseFacts): string {
  const out = { ...values };
  for (const [, name] of template.matchAll(/\{\{\s*([\w.[\]-]+)\s*\}\}/g)) {
    if (name === undefined || Object.hasOwn(out, name)) continue;
    const value = readPath(facts, name);
    if (value !== undefined) out[name] = formatValue(value);
  }
  return fillPlaceholders(template, out);
}
