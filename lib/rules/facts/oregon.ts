/**
 * Oregon TRACS narration facts (000 retention check-ins, 004 §9 unsigned plans): which
 * narrations are of a configured kind (Settings.narrationKinds).
 */
import type { CaseFacts } from '../../facts/case-facts';
import { formatUs } from '../../dates/iso-date';
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
