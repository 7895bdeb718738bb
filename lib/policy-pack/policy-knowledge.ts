/**
 * The policy in force: the built-in rules, templates, calendars and surveys, with the agency's
 * policy packs over them (a unit with the same id replaces the built-in one; new ids add), and
 * what packs set beneath the settings (closures added, TCM-eligible services as the default).
 */
import type { Calendar } from '../dates/calendar-schema';
import type { Rule } from '../rules/rule-schema';
import type { NarrationTemplate } from '../narration/template-schema';
import type { Survey } from '../rmss/survey-schema';
import type { Settings, TcmService } from '../config/settings-schema';
import type { Jurisdiction } from '../facts/case-facts';

export interface PolicyPack {
  id: string;
  title: string;
  agency?: string;
  published: string;
  rules: Rule[];
  templates: NarrationTemplate[];
  calendars: Calendar[];
  closures: Partial<Record<Jurisdiction, string[]>>;
  tcmServices?: TcmService[];
  surveys: Survey[];
}

export interface PolicyKnowledge {
  rules: Rule[];
  templates: NarrationTemplate[];
  calendars: Calendar[];
  surveys: Survey[];
  /** Which pack each replaced or added unit came from, by "kind:id" (for the Policy view). */
  fromPack: Record<string, string>;
}

function over<T extends { id: string }>(kind: string, base: readonly T[], packs: readonly PolicyPack[], pick: (p: PolicyPack) => readonly T[], fromPack: Record<string, string>): T[] {
  const byId = new Map(base.map((u) => [u.id, u]));
  for (const pack of packs) {
    for (const unit of pick(pack)) {
      byId.set(unit.id, unit);
      fromPack[`${kind}:${unit.id}`] = pack.id;
    }
  }
  return [...byId.values()];
}

export function withPacks(base: Omit<PolicyKnowledge, 'fromPack'>, packs: readonly PolicyPack[]): PolicyKnowledge {
  const fromPack: Record<string, string> = {};
  return {
    rules: over('rule', base.rules, packs, (p) => p.rules, fromPack),
    templates: over('template', base.templates, packs, (p) => p.templates, fromPack),
    calendars: over('calendar', base.calendars, packs, (p) => p.calendars, fromPack),
    surveys: over('survey', base.surveys, packs, (p) => p.surveys, fromPack),
    fromPack,
  };
}

/** What packs set beneath the worker's and the agency's settings: closure days and the TCM services. */
export function packSettingDefaults(packs: readonly PolicyPack[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  const tcm = [...packs].reverse().find((p) => p.tcmServices)?.tcmServices;
  if (tcm) out.tcmServices = tcm;
  const closures = { OR: [] as string[], AK: [] as string[], ME: [] as string[] };
  let any = false;
  for (const pack of packs) {
    for (const j of ['OR', 'AK', 'ME'] as const) {
      for (const day of pack.closures[j] ?? []) {
        closures[j].push(day);
        any = true;
      }
    }
  }
  if (any) out.closures = { OR: [...new Set(closures.OR)].sort(), AK: [...new Set(closures.AK)].sort(), ME: [...new Set(closures.ME)].sort() };
  return out;
}
