/**
 * Oregon TRACS facts: which narrations are of a configured kind (Settings.narrationKinds; 000
 * retention check-ins, 004 §9 unsigned plans), which new or updated plans no narration names
 * (004 §9), and which barriers no plan activity addresses (000 Retention services).
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addDays } from '../../dates/date-math';
import { formatUs } from '../../dates/iso-date';
import { presenceOf } from '../../facts/provenance';
import { statesServiceProvided } from '../../narration/service-statement';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { kindParams, narrationKindsOf, undefinedKinds } from './classify';
import { onOrAfterDate } from './alaska-clno';

/**
 * `narrations.dates` {kind | allKinds, onOrAfter?}: narrations that are every kind named (one
 * narration must say it all, e.g. why a plan is unsigned and that it was explained), on or
 * after the date fact `onOrAfter` names.
 */
export function narrationDates(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const ids = kindParams(params);
  if (!ids.length) return unknown('narrations.dates: params.kind');
  const bad = undefinedKinds(ids, ctx.settings.narrationKinds);
  if (bad.length) return unknown(...bad.map((id) => `settings.narrationKinds: ${id}`));
  if (!facts.narrations) return unknown('narrations');
  const since = onOrAfterDate(facts, params, ctx);
  if ('known' in since) return since;
  const out = facts.narrations.filter((n) => {
    const kinds = narrationKindsOf(n, ctx.settings.narrationKinds);
    return ids.every((id) => kinds.includes(id)) && (!since.date || n.date >= since.date);
  });
  return known(
    out.map((n) => ({ date: n.date, text: n.text })),
    out.length ? out.map((n) => formatUs(n.date)).join(', ') : 'none',
  );
}

/**
 * `casePlan.unnarrated` {withinDays, serviceId}: new or updated case plans of the last
 * `withinDays` days (the plan date, and TRACS service rows with the codes of the configured
 * case-plan service, Settings: TCM services) that no narration on or after them says was done
 * (004 §9: "Narrate the contact and the new/updated case plan on TRACS"). A narration counts when
 * it names the plan (the service's keywords) in a clause that is not negated or only planned.
 */
export function unnarratedPlans(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const within = typeof params.withinDays === 'number' ? params.withinDays : 31;
  const serviceId = typeof params.serviceId === 'string' ? params.serviceId : 'case-plan';
  const service = ctx.settings.tcmServices.find((s) => s.id === serviceId);
  const codes = new Set((service?.codes ?? []).map((c) => c.toUpperCase()));
  const keywords = service?.keywords ?? ['case plan'];
  const planDate = facts.casePlan?.planDate;
  const planShown = planDate !== undefined || presenceOf(ctx.sources, 'casePlan.planDate') === 'blank';
  if (!planShown && !facts.services) return unknown('casePlan.planDate');
  const events = new Map<string, string>();
  if (planDate) events.set(planDate, `plan date ${formatUs(planDate)}`);
  for (const s of facts.services ?? []) {
    if (codes.has(s.service.toUpperCase()) && !events.has(s.date)) events.set(s.date, `${s.service.toUpperCase()} ${formatUs(s.date)}`);
  }
  const since = addDays(ctx.asOf, -within);
  const recent = [...events].filter(([date]) => date >= since && date <= ctx.asOf).sort(([a], [b]) => a.localeCompare(b));
  if (!recent.length) return known([], 'none');
  if (!facts.narrations) return unknown('narrations');
  const out = recent
    .filter(([date]) => !facts.narrations!.some((n) => n.date >= date && statesServiceProvided(n.text, keywords).provided))
    .map(([date, label]) => ({ date, label }));
  return known(out, out.length ? out.map((e) => e.label).join('; ') : 'none');
}

/**
 * `casePlan.unaddressedBarriers`: barriers the case plan records that no plan activity names as
 * the barrier it addresses (000 Retention services: "the case plan will include activities to
 * address the barriers"). Unknown when the activities, or their barrier column, were not shown.
 */
export function unaddressedBarriers(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const barriers = facts.casePlan?.barriers;
  if (!barriers) return unknown('casePlan.barriers');
  const activities = facts.casePlan?.activities;
  if (!activities) return unknown('casePlan.activities');
  if (activities.length && presenceOf(ctx.sources, 'casePlan.activities[].barrier') === 'never') return unknown('casePlan.activities[].barrier');
  const addressed = new Set(activities.map((a) => a.barrier?.trim().toUpperCase()).filter((b): b is string => !!b));
  const out = barriers
    .filter((b) => !addressed.has(b.code.trim().toUpperCase()))
    .map((b) => ({ date: b.date, label: b.date ? `${b.code} (identified ${formatUs(b.date)})` : b.code }));
  return known(out, out.length ? out.map((b) => b.label).join('; ') : 'none');
}
