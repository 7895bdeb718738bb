/**
 * The one entry point: (case facts with their sources, as-of date and settings, rules) ->
 * findings (what is wrong now), checklist items (every duty with its status and evidence) and
 * the rules that could not be judged yet (with the facts that would settle them). Pure; runs
 * in the background, the side panel, tests and the bench alike.
 *
 * Statuses never claim more than the evidence: done (with what showed it), open or due (with
 * the due date), to confirm (a duty only the worker can see done), unknown (with the facts, so
 * the panel can name the screen to open).
 */
import type { CaseFacts } from '../facts/case-facts';
import { formatUs } from '../dates/iso-date';
import { citationText, type Citation } from '../policy/citation';
import type { AttestationRule, ConditionRule, Rule } from './rule-schema';
import { evaluateCondition } from './conditions';
import type { DutyStatus } from './deadline';
import type { EvalContext } from './context';
import { fillPlaceholders, formatValue } from './format-value';
import { evidenceRows, pendingFor, rowFor, type EvidenceRow, type PendingNote } from './evidence';
import { inEffect } from './effective';
import { explainWith, placeholderValues } from './explain';
import { evaluateDeadlineRule } from './evaluate-deadline';
import { getFact } from './fact-access';

export type { DutyStatus } from './deadline';
export type { EvidenceRow, PendingNote } from './evidence';
export { periodName } from './explain';

export interface Finding {
  ruleId: string;
  title: string;
  severity: Rule['severity'];
  citation: Citation;
  citationText: string;
  /** Why it fired, in plain words with the facts and dates that made it fire. */
  explanation: string;
  evidence: EvidenceRow[];
  fix: Rule['fix'];
  /** Screen fact to mark beside. */
  mark?: string;
  due?: string;
  status?: DutyStatus;
  /** The fix was typed on the screen but the legacy system has not saved it: still a finding. */
  pending?: PendingNote;
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
  /** The facts behind the status, each with where it was seen. */
  evidence: EvidenceRow[];
  pending?: PendingNote;
  /** For a duty per row (each contact): how many rows it covers. */
  instances?: number;
}

/** A rule that applies (or may apply) to the case but cannot be judged on what was seen so far. */
export interface Unjudged {
  ruleId: string;
  title: string;
  severity: Rule['severity'];
  /** Fact paths that would settle it. */
  missing: string[];
  /** The screen field the rule is about (its mark), if any. */
  mark?: string;
}

export interface Evaluation {
  findings: Finding[];
  checklist: ChecklistItem[];
  unjudged: Unjudged[];
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

export interface RuleCommon {
  ruleId: string;
  citation: Citation;
  citationText: string;
  fix: Rule['fix'];
  severity: Rule['severity'];
}

export interface RuleOutput {
  findings: Finding[];
  items: ChecklistItem[];
  unjudged?: string[];
}

function evaluateConditionRule(rule: ConditionRule, facts: CaseFacts, ctx: EvalContext, common: RuleCommon): RuleOutput {
  const r = evaluateCondition(rule.when, facts, ctx);
  const explanation = explainWith(rule.explain, placeholderValues(r.evidence, { asOf: formatUs(ctx.asOf) }), facts);
  const evidence = evidenceRows(r.evidence, ctx);
  const pending = pendingFor([rule.fix.setField?.fact, rule.mark], ctx);
  const findings: Finding[] =
    r.truth === true ? [{ ...common, title: rule.title, explanation, evidence, mark: rule.mark, ...(pending ? { pending } : {}) }] : [];
  const items: ChecklistItem[] = rule.checklist
    ? [{
        ...common,
        duty: rule.duty ?? rule.title,
        status: r.truth === 'unknown' ? 'unknown' : r.truth ? 'action-needed' : 'done',
        missing: r.missing,
        explanation,
        evidence,
        ...(pending ? { pending } : {}),
      }]
    : [];
  return { findings, items, unjudged: r.truth === 'unknown' ? r.missing : undefined };
}

/** A duty the worker confirms from the case file, shown with whatever evidence the screens give. */
function evaluateAttestation(rule: AttestationRule, facts: CaseFacts, ctx: EvalContext, common: RuleCommon): RuleOutput {
  const evidence = rule.evidence.map((ref) => {
    const r = getFact(facts, ref.fact, ref.params, ctx);
    const value = r.known ? (r.display ?? formatValue(r.value)) : formatValue(undefined);
    return rowFor(ref.fact, ref.label, value, ctx, typeof ref.params?.path === 'string' ? ref.params.path : ref.fact);
  });
  const done = rule.doneWhen ? evaluateCondition(rule.doneWhen, facts, ctx).truth === true : false;
  const explanation = fillPlaceholders(rule.explain, { asOf: formatUs(ctx.asOf) });
  const period = rule.period === 'month' ? ctx.asOf.slice(0, 7) : undefined;
  return {
    findings: [],
    items: [{ ...common, duty: rule.duty ?? rule.title, status: done ? 'done' : 'to-confirm', missing: [], explanation, evidence, ...(period ? { period } : {}) }],
  };
}

export function evaluateCase(facts: CaseFacts, rules: readonly Rule[], ctx: EvalContext): Evaluation {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const unjudged: Unjudged[] = [];
  for (const rule of rules) {
    if (ctx.settings.disabledRules.includes(rule.id)) continue;
    // A superseded release does not judge a case its successor covers (001 after 2018-04-01).
    if (!inEffect(rule, ctx.asOf)) continue;
    const app = applicability(rule, facts, ctx);
    if (app.applies === false) continue;
    const common: RuleCommon = {
      ruleId: rule.id,
      citation: rule.citation,
      citationText: citationText(rule.citation),
      fix: rule.fix,
      severity: rule.severity,
    };
    if (app.applies === 'unknown') {
      unjudged.push({ ruleId: rule.id, title: rule.title, severity: rule.severity, missing: app.missing, mark: rule.mark });
      if (rule.kind !== 'condition' || rule.checklist) {
        checklist.push({ ...common, duty: rule.duty ?? rule.title, status: 'unknown', missing: app.missing, evidence: [], explanation: `Needs ${app.missing.join(', ')} from a screen.` });
      }
      continue;
    }
    const out =
      rule.kind === 'condition'
        ? evaluateConditionRule(rule, facts, ctx, common)
        : rule.kind === 'deadline'
          ? evaluateDeadlineRule(rule, facts, ctx, common)
          : evaluateAttestation(rule, facts, ctx, common);
    findings.push(...out.findings);
    checklist.push(...out.items);
    if (out.unjudged) unjudged.push({ ruleId: rule.id, title: rule.title, severity: rule.severity, missing: out.unjudged, mark: rule.mark });
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity] || a.ruleId.localeCompare(b.ruleId));
  return { findings, checklist, unjudged };
}
