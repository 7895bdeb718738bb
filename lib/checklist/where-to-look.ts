/**
 * For a fact CaseLens is missing, the screens whose profiles read it: "needs household[].dob:
 * open TRACS CSUM". Derived from the profiles in force, so a taught screen counts too.
 */
import type { ScreenProfile } from '../screen/profile-schema';

function paths(profile: ScreenProfile): string[] {
  const out = profile.fields.map((f) => f.fact);
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
