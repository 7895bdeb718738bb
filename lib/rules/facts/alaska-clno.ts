/**
 * Alaska client-note (CLNO) facts (003 §6): which notes of a kind exist, which events lack a
 * timely note, penalty requests without a good-cause note, and titles too vague to be "very
 * specific" (each event's own CLNO deadline is a per-row deadline rule). Kinds come from Settings.clnoKinds; a rule naming a kind the settings lack is
 * unknown (a configuration problem shown to the worker), never silently false.
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addDays } from '../../dates/date-math';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { getFact } from '../fact-access';
import { clnoIsKind, kindParams, undefinedKinds, type Clno } from './classify';
import type { ClnoKind } from '../../config/clno-kinds';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export const describeClnos = (clnos: readonly Clno[]): string =>
  clnos.length ? clnos.map((c) => `${formatUs(c.date)} “${c.title}”`).join('; ') : 'none';

function kindsById(ids: readonly string[], ctx: EvalContext): ClnoKind[] | FactResult {
  const bad = undefinedKinds(ids, ctx.settings.clnoKinds);
  if (bad.length) return unknown(...bad.map((id) => `settings.clnoKinds: ${id}`));
  return ids.map((id) => ctx.settings.clnoKinds.find((k) => k.id === id)!);
}

/** The date a rule's `onOrAfter` param names, so "since the plan date" can be said in data. */
export function onOrAfterDate(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): { date?: string } | FactResult {
  const name = str(params.onOrAfter);
  if (!name) return {};
  const r = getFact(facts, name, undefined, ctx);
  if (!r.known) return r;
  return isIsoDate(r.value) ? { date: r.value } : unknown(name);
}

/**
 * `clno.dates` {kind | allKinds | anyKinds | anyContactKind, onOrAfter?}: the CLNOs that are
 * every kind named (or any of `anyKinds`, or any kind marked as a contact in Settings), as
 * dated rows (deadline rules read their dates).
 */
export function clnoDates(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const any = params.anyContactKind === true ? ctx.settings.clnoKinds.filter((k) => k.contact !== undefined) : undefined;
  const anyIds = strings(params.anyKinds);
  const ids = any ? [] : anyIds.length ? anyIds : kindParams(params);
  if (!any && !ids.length) return unknown('clno.dates: params.kind');
  const kinds = any ?? kindsById(ids, ctx);
  if (!Array.isArray(kinds)) return kinds;
  if (!facts.clnos) return unknown('clnos');
  const since = onOrAfterDate(facts, params, ctx);
  if ('known' in since) return since;
  const matches = (c: Clno) => (any || anyIds.length ? kinds.some((k) => clnoIsKind(c, k)) : kinds.every((k) => clnoIsKind(c, k)));
  const out = facts.clnos.filter((c) => matches(c) && (!since.date || c.date >= since.date));
  return known(out.map((c) => ({ date: c.date, title: c.title })), describeClnos(out));
}

/**
 * `clno.withoutPrior` {kind, requires, withinDays}: CLNOs of `kind` (a penalty request) with no
 * CLNO of `requires` (good cause) dated within `withinDays` before it; the request itself
 * counts when it records the good-cause result.
 */
export function clnoWithoutPrior(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const kind = str(params.kind);
  const requires = str(params.requires);
  if (!kind || !requires) return unknown('clno.withoutPrior: params.kind, params.requires');
  const kinds = kindsById([kind, requires], ctx);
  if (!Array.isArray(kinds)) return kinds;
  const [k, req] = kinds as [ClnoKind, ClnoKind];
  if (!facts.clnos) return unknown('clnos');
  const within = num(params.withinDays) ?? 30;
  const out = facts.clnos.filter(
    (c) => clnoIsKind(c, k) && !facts.clnos!.some((g) => clnoIsKind(g, req) && g.date <= c.date && g.date >= addDays(c.date, -within)),
  );
  return known(out.map((c) => ({ date: c.date, title: c.title })), describeClnos(out));
}

const normalise = (title: string) => title.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

/** `clno.vagueTitles`: CLNOs whose whole title is one of Settings.vagueClnoTitles (003 §6). */
export function clnoVagueTitles(facts: CaseFacts, _params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.clnos) return unknown('clnos');
  const vague = new Set(ctx.settings.vagueClnoTitles.map(normalise));
  const out = facts.clnos.filter((c) => vague.has(normalise(c.title)));
  return known(out.map((c) => ({ date: c.date, title: c.title })), describeClnos(out));
}
