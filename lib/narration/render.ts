/**
 * Fills a narration template from the case facts and the worker's answers. The text is built
 * piece by piece: literal template text, then a value, never a value run through the template
 * again, so a worker typing "{{caseNumber}}" or "<script>" gets exactly those characters.
 */
import type { CaseFacts } from '../facts/case-facts';
import { PLACEHOLDER, type Condition, type NarrationTemplate, type Reminder } from './template-schema';
import { holds, isFilled, isRequired, resolveValues, type Answers, type RenderContext, type Values } from './values';

export type { Answers, AnswerValue, RenderContext, FieldValue, Values } from './values';
export { fieldOptions, isRequired } from './values';

export interface ValueSpan {
  key: string;
  in: 'text' | 'title';
  start: number;
  end: number;
}

export interface RenderResult {
  templateId: string;
  /** CLNO title, for targets that have one. */
  title?: string;
  text: string;
  values: Values;
  /** Required fields (now) without a value; the text shows "[Label]" in their place. */
  missing: Array<{ key: string; label: string }>;
  /** Values that could not be read (a bad date, not a number, an unknown option). */
  invalid: Array<{ key: string; label: string; message: string }>;
  /** Values taken from what the screens showed, so the UI can say "from the FSSP screen". */
  fromScreen: Array<{ key: string; label: string; fact: string; display: string }>;
  /** Where each value sits in the text or the title (for highlighting and lint positions). */
  spans: ValueSpan[];
  /** Literal text the template itself wrote (and option texts): lint does not blame the worker for it. */
  fixed: string[];
  /** Reminders that apply to these values (e.g. set the "E" alert). */
  reminders: Reminder[];
}

function fill(template: string, values: Values, required: Set<string>, where: 'text' | 'title', offset: number, spans: ValueSpan[], fixed: string[]): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const literal = template.slice(last, m.index);
    out += literal;
    if (literal.trim().length >= 3) fixed.push(literal.trim());
    const v = values[m[1]!];
    // A missing required value leaves a visible hole instead of silently vanishing.
    const display = v && isFilled(v) ? v.display : required.has(m[1]!) ? `[${v?.label ?? m[1]}]` : '';
    spans.push({ key: m[1]!, in: where, start: offset + out.length, end: offset + out.length + display.length });
    out += display;
    last = m.index + m[0].length;
  }
  const tail = template.slice(last);
  if (tail.trim().length >= 3) fixed.push(tail.trim());
  return out + tail;
}

export function renderTemplate(template: NarrationTemplate, input: { facts?: CaseFacts; answers?: Answers }, ctx: RenderContext): RenderResult {
  const values = resolveValues(template, input.facts, input.answers ?? {}, ctx);
  const required = new Set(template.fields.filter((f) => isRequired(f, values)).map((f) => f.key));
  const spans: ValueSpan[] = [];
  const fixed: string[] = [];

  let title: string | undefined;
  const t = template.target.title;
  if (t !== undefined) {
    const alternatives: Array<{ text: string; when?: Condition }> = typeof t === 'string' ? [{ text: t }] : t;
    // The first alternative whose condition holds; the last one when none does.
    const chosen = alternatives.find((a) => holds(a.when, values)) ?? alternatives[alternatives.length - 1]!;
    // A title is one line: line breaks in a value become spaces (same length, spans stay right).
    title = fill(chosen.text, values, required, 'title', 0, spans, fixed).replace(/\n/g, ' ');
  }

  const lines: string[] = [];
  let length = 0;
  for (const s of template.sections) {
    if (!holds(s.when, values)) continue;
    const prefix = s.heading ? `${s.heading}: ` : '';
    if (s.heading) fixed.push(s.heading);
    const offset = length + (lines.length ? 1 : 0) + prefix.length;
    const line = prefix + fill(s.text, values, required, 'text', offset, spans, fixed);
    length += (lines.length ? 1 : 0) + line.length;
    lines.push(line);
  }

  for (const f of template.fields) {
    const v = values[f.key]!;
    if (f.kind === 'choice' && isFilled(v)) fixed.push(v.display);
  }
  return {
    templateId: template.id,
    ...(title !== undefined ? { title } : {}),
    text: lines.join('\n'),
    values,
    missing: template.fields.filter((f) => required.has(f.key) && !isFilled(values[f.key])).map((f) => ({ key: f.key, label: f.label })),
    invalid: Object.values(values).flatMap((v) => (v.error ? [{ key: v.key, label: v.label, message: `${v.label} ${v.error}` }] : [])),
    fromScreen: Object.values(values).flatMap((v) => (v.source === 'screen' && v.fact ? [{ key: v.key, label: v.label, fact: v.fact, display: v.display }] : [])),
    spans,
    fixed: [...new Set(fixed)],
    reminders: template.reminders.filter((r) => holds(r.when, values)),
  };
}
