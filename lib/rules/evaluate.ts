/**
 * The one entry point: (case facts, as-of date and settings, rules) -> findings (what is wrong
 * now) and checklist items (every duty with its status). Pure; runs in the background, the
 * side panel, tests and the bench alike.
 */
import type { CaseFacts } from '../facts/case-facts';
import { daysBetween } from '../dates/date-math';
import { formatUs } from '../dates/iso-date';
import { citationText, type Citation } from '../policy/citation';
import type { Rule } from './rule-schema';
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

function deadlineValues(r: DeadlineResult, ctx: EvalContext): Record<string, string> {
  const v: Record<string, string> = { asOf: formatUs(ctx.asOf) };
  if (r.anchor) v.anchor = formatUs(r.anchor);
  if (r.due) v.due = formatUs(r.due);
  if (r.doneOn) v.done = formatUs(r.doneOn);
  if (r.period) v.period = r.period;
  return v;
}

function placeholderValues(evidence: Evidence[], extra: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = { ...extra };
  for (const e of evidence) values[e.fact] ??= e.known ? (e.display ?? formatValue(e.value)) : formatValue(undefined);
  return values;
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
      const explanation = fillPlaceholders(rule.explain, placeholderValues(r.evidence, { asOf: formatUs(ctx.asOf) }));
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
    const explanation = fillPlaceholders(rule.explain, deadlineValues(d, ctx));
    checklist.push({ ...common, duty, status: d.status, due: d.due, anchor: d.anchor, doneOn: d.doneOn, period: d.period, missing: d.missing, explanation });
    const recentLate = d.status === 'done-late' && !!d.doneOn && daysBetween(d.doneOn, ctx.asOf) <= rule.reportLateDays;
    if (DEADLINE_FINDING[d.status] && (d.status === 'overdue' || recentLate)) {
      findings.push({
        ...common,
        severity: d.status === 'done-late' ? 'warning' : rule.severity,
        title: rule.title,
        explanation,
        evidence: [
          { fact: 'anchor' in rule.anchor && 'fact' in rule.anchor ? rule.anchor.fact : 'period', label: rule.anchor.label, value: d.anchor ? formatUs(d.anchor) : '' },
          { fact: rule.done.fact, label: rule.done.label, value: d.doneOn ? formatUs(d.doneOn) : 'not done on any screen seen' },
        ],
        mark: rule.mark,
        due: d.due,
        status: d.status,
      });
    }
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity] || a.ruleId.localeCompare(b.ruleId));
  return { findings, checklist };
}
