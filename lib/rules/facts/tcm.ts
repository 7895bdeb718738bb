/**
 * Targeted Case Management facts (policy 000, "Targeted Case Management (TCM)"): which
 * services count, for whom, and whether TRACS narration names them.
 */
import type { CaseFacts, Member } from '../../facts/case-facts';
import { ageOn, addDays } from '../../dates/date-math';
import { formatUs } from '../../dates/iso-date';
import type { TcmService } from '../../config/settings-schema';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { statesServiceProvided } from '../../narration/service-statement';

export interface QualifyingService {
  date: string;
  serviceId: string;
  label: string;
  memberId?: string;
  age: number;
}

function serviceFor(code: string, services: readonly TcmService[]): TcmService | undefined {
  const upper = code.toUpperCase();
  return services.find((s) => s.id === code || s.codes.some((c) => c.toUpperCase() === upper));
}

function recipient(facts: CaseFacts, memberId: string | undefined): Member | undefined {
  const parents = (facts.household ?? []).filter((m) => m.role === 'parent');
  if (memberId) return facts.household?.find((m) => m.memberId === memberId);
  return parents.length === 1 ? parents[0] : undefined;
}

/**
 * TCM-eligible services a TANF family coach gave a parent aged `minParentAge` or older on the
 * date of service, within the look-back window. Unknown when a service's recipient or birth
 * date is not on any screen seen so far.
 */
export function qualifyingServices(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.services) return unknown('services');
  const minAge = typeof params.minParentAge === 'number' ? params.minParentAge : 14;
  const since = addDays(ctx.asOf, -ctx.settings.tcmLookbackDays);
  const out: QualifyingService[] = [];
  const missing = new Set<string>();
  for (const s of facts.services) {
    if (s.date < since || s.date > ctx.asOf) continue;
    if (s.staff !== undefined && s.staff !== 'family-coach') continue;
    const service = serviceFor(s.service, ctx.settings.tcmServices);
    if (!service) continue;
    if (!facts.household) {
      missing.add('household');
      continue;
    }
    const member = recipient(facts, s.memberId);
    if (!member) {
      missing.add('services[].memberId');
      continue;
    }
    if (member.role !== undefined && member.role !== 'parent') continue;
    if (!member.dob) {
      missing.add('household[].dob');
      continue;
    }
    const age = ageOn(member.dob, s.date);
    if (age >= minAge) out.push({ date: s.date, serviceId: service.id, label: service.label, memberId: member.memberId, age });
  }
  if (out.length === 0 && missing.size) return unknown(...missing);
  return known(out, describe(out));
}

export function describe(services: QualifyingService[]): string {
  return services.length
    ? services.map((s) => `${s.label.toLowerCase()} on ${formatUs(s.date)} (parent aged ${s.age})`).join('; ')
    : 'none';
}

/**
 * Qualifying services no TRACS narration on or after the service date says were provided (000,
 * TCM step 1.b): a narration naming the service but saying it was not done does not count.
 */
export function unnarratedServices(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const q = qualifyingServices(facts, params, ctx);
  if (!q.known) return q;
  if (!facts.narrations) return unknown('narrations');
  const services = q.value as QualifyingService[];
  const out = services.filter((s) => {
    const keywords = ctx.settings.tcmServices.find((t) => t.id === s.serviceId)?.keywords ?? [];
    return !facts.narrations!.some((n) => n.date >= s.date && statesServiceProvided(n.text, keywords).provided);
  });
  return known(out, describe(out));
}

/** The TRACS narration for each TCM-eligible service given (000, TCM step 1.b), e.g. "TANF family coach developed case plan with participant." */
export function tcmNarrations(facts: CaseFacts, ctx: EvalContext): Array<{ serviceId: string; label: string; text: string; date: string }> {
  const q = qualifyingServices(facts, { minParentAge: 14 }, ctx);
  if (!q.known) return [];
  const seen = new Set<string>();
  return (q.value as QualifyingService[])
    .filter((s) => !seen.has(s.serviceId) && seen.add(s.serviceId))
    .map((s) => ({
      serviceId: s.serviceId,
      label: s.label,
      date: s.date,
      text: ctx.settings.tcmServices.find((t) => t.id === s.serviceId)!.narration,
    }));
}
