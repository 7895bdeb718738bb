/**
 * For a fact CaseLens is missing, the screens whose profiles read it: "needs household[].dob:
 * open TRACS CSUM". Derived from the profiles in force, so a taught screen counts too.
 */
import type { ScreenProfile } from '../screen/profile-schema';

function paths(profile: ScreenProfile): string[] {
  const out = profile.fields.map((f) => f.fact);
  // A listing's columns fill each listed case's own facts.
  if (profile.role === 'listing') return [...out, ...profile.lists.flatMap((l) => l.columns.map((c) => c.fact))];
  for (const list of profile.lists) {
    out.push(list.fact);
    for (const c of list.columns) out.push(c.fact === '.' ? `${list.fact}[]` : `${list.fact}[].${c.fact}`);
  }
  return out;
}

const covers = (read: string, missing: string) =>
  read === missing || read.startsWith(`${missing}.`) || read.startsWith(`${missing}[]`) || missing.startsWith(`${read}.`) || missing.startsWith(`${read}[]`);

export function screensShowing(fact: string, profiles: readonly ScreenProfile[], jurisdiction?: string): string[] {
  return profiles
    .filter((p) => (!jurisdiction || p.jurisdiction === jurisdiction || p.jurisdiction === 'ANY') && paths(p).some((read) => covers(read, fact)))
    .map((p) => `${p.system} ${p.screen}`);
}

/** A fact path in a worker's words: the label a screen profile gives it ("Case management flag"). */
export function factLabel(fact: string, profiles: readonly ScreenProfile[]): string {
  for (const p of profiles) {
    const field = p.fields.find((f) => f.fact === fact);
    if (field) return field.label;
    for (const list of p.lists) {
      const m = /^(.+)\[(\d+)\](?:\.(.+))?$/.exec(fact);
      if (list.fact === fact) return list.label;
      if (m && m[1] === list.fact) {
        const column = list.columns.find((c) => c.fact === (m[3] ?? '.'));
        return `${column?.label ?? m[3] ?? 'value'} (${list.label} row ${Number(m[2]) + 1})`;
      }
    }
  }
  return fact;
}
