/**
 * The one entry point: (case facts, as-of date and settings, rules) -> findings (what is wrong
 * now) and checklist items (every duty with its status). Pure; runs in the background, the
 * side panel, tests and the bench alike.
 */
import type { CaseFacts } from '../facts/case-facts';
import { daysBetween } from '../dates/date-math';
import { formatUs } from '../dates/iso-date';
import { citationText, type Citation } from '../policy/citation';
import type { DeadlineRule, Rule } from './rule-schema';
import { readPath } from './fact-access';
import { evaluateCondition, type Evidence } from './conditions';
import { evaluateDeadline, type DeadlineResult, type DutyStatus } from './deadline';
import type { EvalContext } from './context';
import { fillPlaceholders, formatValue } from './format-value';

export interface Finding {
  ruleId: string;
  title: string;
  severity: Rule['severity'];
  citation: Citation;
  citationText: string;
  /** Why it fired, in plain words with the facts and dates that made it fire. */
  explanation: string;
  evidence: Array<{ fact: string; label: string; value: string }>;
  fix: Rule['fix'];
  /** Screen fact to mark beside. */
  mark?: string;
  due?: string;
  status?: DutyStatus;
}

export interface ChecklistItem {
  ruleId: string;
  duty: string;
  status: DutyStatus;
  due?: string;
  anchor?: string;
  doneOn?: string;
  period?: string;
  missing: string[];
  citation: Citation;
  citationText: string;
  fix: Rule['fix'];
  explanation: string;
  severity: Rule['severity'];
}

export interface Evaluation {
  findings: Finding[];
  checklist: ChecklistItem[];
}

type Applicability = { applies: true } | { applies: false } | { applies: 'unknown'; missing: string[] };

function applicability(rule: Rule, facts: CaseFacts, ctx: EvalContext): Applicability {
  const a = rule.appliesTo;
  if (!a.jurisdictions.includes(facts.jurisdiction)) return { applies: false };
  if (a.programs) {
    if (facts.program === undefined) return { applies: 'unknown', missing: ['program'] };
    if (!a.programs.includes(facts.program)) return { applies: false };
  }
  if (a.tracks) {
    if (facts.track === undefined) return { applies: 'unknown', missing: ['track'] };
    if (!a.tracks.includes(facts.track)) return { applies: false };
  }
  if (a.when) {
    const r = evaluateCondition(a.when, facts, ctx);
    if (r.truth === 'unknown') return { applies: 'unknown', missing: r.missing };
    if (!r.truth) return { applies: false };
  }
  return { applies: true };
}

function evidenceRows(evidence: Evidence[]) {
  const seen = new Set<string>();
  return evidence
    .filter((e) => !seen.has(e.fact) && seen.add(e.fact))
    .map((e) => ({ fact: e.fact, label: e.label ?? e.fact, value: e.known ? (e.display ?? formatValue(e.value)) : formatValue(undefined) }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10" -> "October 2026", for explanations of monthly duties. */
export function periodName(period: string): string {
  return `${MONTHS[Number(period.slice(5, 7)) - 1] ?? period} ${period.slice(0, 4)}`;
}

function deadlineValues(r: DeadlineResult, ctx: EvalContext): Record<string, string> {
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

/**
 * Placeholders the evidence does not fill may name a plain case-fact path ("{{program}}");
 * anything else is left as written so a broken template shows in tests, not as a guess.
 */
function withFactPaths(template: string, values: Record<string, string>, facts: CaseFacts): Record<string, string> {
  const out = { ...values };
  for (const [, name] of template.matchAll(/\{\{\s*([\w.[\]-]+)\s*\}\}/g)) {
    if (name === undefined || name in out) continue;
    const value = readPath(facts, name);
    if (value !== undefined) out[name] = formatValue(value);
  }
  return out;
}

function placeholderValues(evidence: Evidence[], extra: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = { ...extra };
  // A field seen blank reads "blank" in {{path}}, not "not on any screen seen".
  for (const e of evidence) {
    if (e.fact === 'blank' && e.known && e.value === true && typeof e.params?.path === 'string') values[e.params.path] = 'blank';
  }
  for (const e of evidence) values[e.fact] ??= e.known ? (e.display ?? formatValue(e.value)) : formatValue(undefined);
  return values;
}

function anchorFact(rule: DeadlineRule): string {
  const a = rule.anchor;
  if ('fact' in a) return a.fact;
  if ('latestOf' in a) return a.latestOf.map((r) => r.fact).join(' / ');
  return 'period';
}

const DEADLINE_FINDING: Partial<Record<DutyStatus, true>> = { overdue: true, 'done-late': true };

export function evaluateCase(facts: CaseFacts, rules: readonly Rule[], ctx: EvalContext): Evaluation {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  for (const rule of rules) {
    if (ctx.settings.disabledRules.includes(rule.id)) continue;
    const app = applicability(rule, facts, ctx);
    if (app.applies === false) continue;
    const common = {
      ruleId: rule.id,
      citation: rule.citation,
      citationText: citationText(rule.citation),
      fix: rule.fix,
      severity: rule.severity,
    };
    const duty = rule.duty ?? rule.title;
    if (app.applies === 'unknown') {
      if (rule.kind === 'deadline' || rule.checklist) {
        checklist.push({ ...common, duty, status: 'unknown', missing: app.missing, explanation: `Needs ${app.missing.join(', ')} from a screen.` });
      }
      continue;
    }
    if (rule.kind === 'condition') {
      const r = evaluateCondition(rule.when, facts, ctx);
      const values = placeholderValues(r.evidence, { asOf: formatUs(ctx.asOf) });
      const explanation = fillPlaceholders(rule.explain, withFactPaths(rule.explain, values, facts));
      if (r.truth === true) {
        findings.push({ ...common, title: rule.title, explanation, evidence: evidenceRows(r.evidence), mark: rule.mark });
      }
      if (rule.checklist) {
        const status: DutyStatus = r.truth === 'unknown' ? 'unknown' : r.truth ? 'action-needed' : 'done';
        checklist.push({ ...common, duty, status, missing: r.missing, explanation });
      }
      continue;
    }
    const d = evaluateDeadline(rule, facts, ctx);
    const explain = (r: DeadlineResult) => fillPlaceholders(rule.explain, withFactPaths(rule.explain, deadlineValues(r, ctx), facts));
    // This period may be outside the case's life (before referral, after closure) while a past one is not.
    if (d.status !== 'not-applicable') {
      checklist.push({ ...common, duty, status: d.status, due: d.due, anchor: d.anchor, doneOn: d.doneOn, period: d.period, missing: d.missing, explanation: explain(d) });
    }
    // A monthly duty due at the month end can only be missed once the month is over, so past
    // periods are looked at too (anchor.lookBack); each one missed is its own finding.
    const lookBack = 'period' in rule.anchor ? (rule.anchor.lookBack ?? 0) : 0;
    const results = [d];
    for (let offset = -1; offset >= -lookBack; offset--) results.push(evaluateDeadline(rule, facts, ctx, offset));
    for (const r of results) {
      const recentLate = r.status === 'done-late' && !!r.doneOn && daysBetween(r.doneOn, ctx.asOf) <= rule.reportLateDays;
      if (!DEADLINE_FINDING[r.status] || !(r.status === 'overdue' || recentLate)) continue;
      findings.push({
        ...common,
        severity: r.status === 'done-late' ? 'warning' : rule.severity,
        title: rule.title,
        explanation: explain(r),
        evidence: [
          { fact: anchorFact(rule), label: rule.anchor.label, value: r.period && !('fact' in rule.anchor) ? periodName(r.period) : r.anchor ? formatUs(r.anchor) : '' },
          ...(rule.done
            ? [{ fact: rule.done.fact, label: rule.done.label, value: r.doneOn ? formatUs(r.doneOn) : 'not done on any screen seen' }]
            : []),
          { fact: 'due', label: 'Due', value: r.due ? formatUs(r.due) : '' },
        ],
        mark: rule.mark,
        due: r.due,
        status: r.status,
      });
    }
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity] || a.ruleId.localeCompare(b.ruleId));
  return { findings, checklist };
}
