/**
 * Writes docs/rules.md, the rule catalogue, from the rule data: grouped by jurisdiction and
 * policy text, each rule with where it applies, what it checks in plain words, its citation
 * (with the quote and what CaseLens decided) and the fix. `npm run docs:rules` regenerates it;
 * the conventions test fails when the committed file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_RULES } from '../lib/rules/registry';
import { RuleSchema, type Anchor, type Condition, type Due, type FactRef, type Rule } from '../lib/rules/rule-schema';
import { citationText, POLICY_SOURCES } from '../lib/policy/citation';
import { describeEffective } from '../lib/rules/effective';

const JURISDICTIONS = [
  { code: 'OR', name: 'Oregon', policies: ['000', '001', '004'] },
  { code: 'AK', name: 'Alaska', policies: ['003'] },
  { code: 'ME', name: 'Maine', policies: ['002'] },
] as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function value(v: unknown): string {
  if (v === true) return 'Y';
  if (v === false) return 'N';
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (typeof o.$today === 'number') return o.$today === 0 ? 'today' : `${plural(Math.abs(o.$today), 'day')} ${o.$today < 0 ? 'before' : 'after'} today`;
    if (typeof o.$fact === 'string') return `\`${o.$fact}\``;
  }
  if (Array.isArray(v)) return v.map(value).join(', ');
  return typeof v === 'string' ? `“${v}”` : JSON.stringify(v);
}

/**
 * A label inside a sentence: "Plan review date" -> "plan review date"; names ("Family Support
 * Team", "TANF closure") stay as written.
 */
const lc = (label: string) => (/^[A-Z][a-z]/.test(label) && !/\s[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** A fact as a reader would say it; the general computed facts read as what they compute. */
function fact(name: string, params?: Record<string, unknown>): string {
  const p = params ?? {};
  if (name === 'shown' && typeof p.path === 'string') return `\`${p.path}\``;
  if (name === 'date.shift' && typeof p.fact === 'string') {
    const parts = [`\`${p.fact}\``];
    const shift = (n: number, unit: string) => `${n < 0 ? '−' : '+'} ${plural(Math.abs(n), unit)}`;
    if (typeof p.months === 'number') parts.push(shift(p.months, 'month'));
    if (typeof p.days === 'number') parts.push(shift(p.days, 'day'));
    if (p.toMonthStart === true) parts.push('(first day of that month)');
    if (p.toMonthEnd === true) parts.push('(last day of that month)');
    return parts.join(' ');
  }
  const shown = Object.entries(p).filter(([k]) => k !== 'seenWith');
  const extra = shown.length ? ` with ${shown.map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ')}` : '';
  return `\`${name}\`${extra}`;
}

const OPERATORS: Record<string, (v: string) => string> = {
  equal: (v) => `is ${v}`,
  notEqual: (v) => `is not ${v}`,
  in: (v) => `is one of ${v}`,
  notIn: (v) => `is none of ${v}`,
  lessThan: (v) => `is before (less than) ${v}`,
  lessThanOrEqual: (v) => `is on or before (at most) ${v}`,
  greaterThan: (v) => `is after (more than) ${v}`,
  greaterThanOrEqual: (v) => `is on or after (at least) ${v}`,
  exists: () => 'is on a screen seen',
  missing: () => 'is on no screen seen',
  notEmpty: () => 'lists at least one',
  empty: () => 'lists none',
  includes: (v) => `includes ${v}`,
  matches: (v) => `matches ${v}`,
};

const NUMERIC: Record<string, string> = { lessThan: 'is less than', lessThanOrEqual: 'is at most', greaterThan: 'is more than', greaterThanOrEqual: 'is at least' };

/** A condition tree in words: "the case management flag (`casePlan.tcmFlag`) is N and ...". */
export function describeCondition(c: Condition): string {
  if ('all' in c) return c.all.map((x) => ('fact' in x ? describeCondition(x) : `(${describeCondition(x)})`)).join(' and ');
  if ('any' in c) return c.any.map((x) => ('fact' in x ? describeCondition(x) : `(${describeCondition(x)})`)).join(' or ');
  if ('not' in c) return `not (${describeCondition(c.not)})`;
  const p = c.params ?? {};
  if (c.fact === 'blank' && typeof p.path === 'string' && (c.value === true || c.value === false)) {
    return c.value ? `\`${p.path}\` is blank on a screen that shows it` : `\`${p.path}\` is filled in`;
  }
  const subject = c.label && c.label !== c.fact ? `${lc(c.label)} (${fact(c.fact, c.params)})` : fact(c.fact, c.params);
  // A number compares as a number, not as a date ("is less than 40", not "is before (less than) 40").
  if (typeof c.value === 'number' && NUMERIC[c.operator]) return `${subject} ${NUMERIC[c.operator]} ${c.value}`;
  return `${subject} ${OPERATORS[c.operator]!(value(c.value))}`;
}

export function describeDue(due: Due): string {
  if ('businessDays' in due) return due.businessDays === 0 ? 'the same business day' : `${plural(due.businessDays, 'business day')} (weekends, the jurisdiction's holidays and agency closures do not count)`;
  if ('days' in due) return due.days === 0 ? 'that same day' : `${plural(due.days, 'calendar day')}`;
  if ('months' in due) return `${plural(due.months, 'calendar month')} (a day missing from the month moves to its last day)`;
  if ('dayOfMonth' in due) return `day ${due.dayOfMonth} of ${due.monthOffset === 0 ? 'the same month' : `the month ${plural(due.monthOffset, 'month')} later`}`;
  return due.endOfMonth === 0 ? 'the last day of the same month' : `the last day of the month ${plural(due.endOfMonth, 'month')} later`;
}

const ref = (r: FactRef) => `${fact(r.fact, r.params)}${r.optional ? ' (if shown)' : ''}`;

export function describeAnchor(a: Anchor): string {
  if ('fact' in a) return `the ${lc(a.label)} (${fact(a.fact, a.params)})`;
  if ('latestOf' in a) return `the latest of ${a.latestOf.map(ref).join(', ')} (${lc(a.label)})`;
  if ('eachOf' in a) return `the date of each row of ${fact(a.eachOf.fact, a.eachOf.params)} (${lc(a.label)}; one duty per row)`;
  const parts = ['the first day of each month (a monthly duty)'];
  if (a.lookBack) parts.push(a.lookBack === 1 ? 'last month is checked too' : `the last ${a.lookBack} months are checked too`);
  if (a.activeFrom) parts.push(`from the month of ${ref(a.activeFrom)}`);
  if (a.activeUntil) parts.push(`until the month of ${ref(a.activeUntil)}`);
  return parts.join('; ');
}

/** What a rule checks, in plain words derived from its data. */
export function describeRule(rule: Rule): string {
  if (rule.kind === 'condition') return `Reported when ${describeCondition(rule.when)}.`;
  if (rule.kind === 'attestation') {
    const shows = rule.evidence.length ? ` Shown with ${rule.evidence.map((e) => `${lc(e.label)} (${fact(e.fact, e.params)})`).join(', ')}.` : '';
    const done = rule.doneWhen ? ` Done when ${describeCondition(rule.doneWhen)}.` : '';
    return `A duty the worker confirms from the case file (the screens do not show it)${rule.period === 'month' ? ', every month' : ''}.${shows}${done}`;
  }
  const counted = 'period' in rule.anchor ? 'Counted from' : 'Due';
  const sameDay = 'days' in rule.due && rule.due.days === 0;
  const head =
    'period' in rule.anchor
      ? `${counted} ${describeAnchor(rule.anchor)}; due by ${describeDue(rule.due)}.`
      : sameDay
        ? `Due on ${describeAnchor(rule.anchor)} itself, overdue the day after.`
        : `Due ${describeDue(rule.due)} after ${describeAnchor(rule.anchor)}.`;
  const done = rule.done
    ? ` Done when ${lc(rule.done.label)} (${fact(rule.done.fact, rule.done.params)}) shows a date ${rule.done.countFrom === 'any' ? 'on or before the due date (dates before the anchor count)' : 'on or after the anchor'}${'period' in rule.anchor ? (rule.done.countUntil === 'asOf' ? '; a later date is the duty done late' : ', within the month') : ''}.`
    : 'eachOf' in rule.anchor && rule.anchor.eachOf.doneField
      ? ` Done when the row's own \`${rule.anchor.eachOf.doneField}\` shows a date on or after the row's date.`
      : ' Rolling: nothing marks it done; it is met when the anchor moves to a newer date.';
  const late = rule.reportLateDays ? ` Done late is reported as a warning for ${plural(rule.reportLateDays, 'day')}.` : '';
  return head + done + late;
}

function applies(rule: Rule): string {
  const a = rule.appliesTo;
  const parts = [a.jurisdictions.map((j) => JURISDICTIONS.find((x) => x.code === j)?.name ?? j).join(', ')];
  if (a.programs) parts.push(`programs ${a.programs.join(', ')}`);
  if (a.tracks) parts.push(`tracks ${a.tracks.join(', ')}`);
  if (a.when) parts.push(`when ${describeCondition(a.when)}`);
  return parts.join('; ');
}

function fix(rule: Rule): string {
  const extra = [
    rule.fix.setField && `sets ${fact(rule.fix.setField.fact)} to “${rule.fix.setField.value}” on request`,
    rule.fix.template && `opens the narration template \`${rule.fix.template}\``,
  ].filter(Boolean);
  return rule.fix.text + (extra.length ? ` (CaseLens ${extra.join('; ')}.)` : '');
}

const STATUS_WORDS: Record<string, string> = {
  done: 'done', 'done-late': 'done late', overdue: 'overdue', 'due-soon': 'due soon', open: 'open', unknown: 'unknown',
  'action-needed': 'action needed', 'to-confirm': 'to confirm', none: 'no checklist item',
};

/** The rule's examples in one line: how many, and what each expects ("done; overdue, finding"). */
function examples(rule: Rule): string {
  const list = rule.examples ?? [];
  if (!list.length) return 'none';
  // A condition outside the checklist says only whether it finds; "overdue" and "action needed" are findings already.
  const noItem = rule.kind === 'condition' && !rule.checklist;
  const outcome = ({ expect: { status, finding } }: (typeof list)[number]) => {
    const word = status && !(noItem && status === 'none') ? STATUS_WORDS[status] : undefined;
    const found = finding === true && status !== 'overdue' && status !== 'action-needed' ? 'finding' : finding === false && !word ? 'no finding' : undefined;
    return [word, found].filter(Boolean).join(', ') || 'due date';
  };
  return `${list.length} in the rule file, run by the tests (${list.map(outcome).join('; ')})`;
}

function entry(rule: Rule): string {
  const c = rule.citation;
  const lines = [
    `### \`${rule.id}\` — ${rule.title}`,
    '',
    `- **Severity:** ${rule.severity} · **Kind:** ${rule.kind}${rule.kind !== 'condition' || rule.checklist ? ' (checklist item)' : ''}${rule.duty ? ` · **Duty:** ${rule.duty}` : ''}`,
    `- **Applies to:** ${applies(rule)}`,
    `- **Checks:** ${describeRule(rule)}`,
    `- **Policy:** ${citationText(c)} (file ${c.policy === 'external' ? c.source ?? 'external' : POLICY_SOURCES[c.policy].file})`,
    `- **Release and effective period:** ${describeEffective(rule)}`,
  ];
  if (c.quote) lines.push(`  > ${c.quote}`);
  if (c.note) lines.push(`- **CaseLens decided:** ${c.note}`);
  lines.push(`- **Fix:** ${fix(rule)}`);
  if (rule.mark) lines.push(`- **Marks:** ${fact(rule.mark)} on the screen`);
  lines.push(`- **Examples:** ${examples(rule)}`);
  return lines.join('\n');
}

export function renderCatalogue(rules: readonly Rule[]): string {
  const out = [
    '# CaseLens rule catalogue',
    '',
    'Generated from `lib/rules/data` by `npm run docs:rules` (scripts/generate-rule-catalogue.ts). Do not edit',
    'by hand: the conventions test fails when this file differs from the rule data.',
    '',
    `${plural(rules.length, 'rule')}. Every rule cites the policy text it comes from (../shared/policy); where the`,
    'text is silent or ambiguous, “CaseLens decided” says what the rule does. A fact that is not on any',
    'screen seen makes a rule unknown, never a finding. Each rule judges cases only within its effective',
    'period: from the effective date of the release it implements until a later release of the same',
    'chapter takes effect.',
  ];
  for (const j of JURISDICTIONS) {
    out.push('', `## ${j.name}`);
    for (const p of j.policies) {
      const group = rules.filter((r) => r.citation.policy === p && r.appliesTo.jurisdictions.includes(j.code)).sort((a, b) => a.id.localeCompare(b.id));
      if (!group.length) continue;
      const src = POLICY_SOURCES[p];
      out.push('', `### Policy ${p}: ${src.title} (${src.release})`, '');
      out.push(group.map(entry).map((e) => e.replace(/^### /, '#### ')).join('\n\n'));
    }
  }
  const placed = new Set(JURISDICTIONS.flatMap((j) => rules.filter((r) => (j.policies as readonly string[]).includes(r.citation.policy) && r.appliesTo.jurisdictions.includes(j.code))));
  const rest = rules.filter((r) => !placed.has(r));
  if (rest.length) out.push('', '## Other sources', '', rest.map(entry).map((e) => e.replace(/^### /, '#### ')).join('\n\n'));
  return `${out.join('\n')}\n`;
}

export const CATALOGUE_PATH = 'docs/rules.md';

export function builtInRules(): Rule[] {
  return BUILT_IN_RULES.map((r) => RuleSchema.parse(r));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  writeFileSync(path.join(root, CATALOGUE_PATH), renderCatalogue(builtInRules()));
  console.log(`Wrote ${CATALOGUE_PATH} (${BUILT_IN_RULES.length} rules).`);
}
