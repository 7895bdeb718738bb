/**
 * The policy packs in force: the worker's imported ones (extension storage) then the agency's
 * pushed by enterprise policy (a list of pack objects, or of their JSON text, since Chrome's
 * policy schema cannot describe a pack), each loaded and checked as on import. A pack that no
 * longer loads (an engine update changed a fact it used) is left out and said so; the others
 * still apply. Results are cached by content, so a page or the worker loads each pack once.
 */
import { builtInKnowledge } from '../knowledge';
import { builtInTemplates } from '../templates';
import { builtInSurveys } from '../rmss/surveys';
import { loadPolicyPack } from './load-pack';
import { withPacks, type PolicyKnowledge, type PolicyPack } from './policy-knowledge';

export interface PolicyInForce {
  packs: PolicyPack[];
  knowledge: PolicyKnowledge;
  /** One sentence per pack left out, in a worker's words, with the reason for administrators. */
  problems: Array<{ text: string; details: string }>;
  /** Where each pack came from. */
  sources: Record<string, 'imported' | 'enterprise policy'>;
}

const cache = new Map<string, PolicyInForce>();

export function builtInPolicy(): Omit<PolicyKnowledge, 'fromPack'> {
  const { rules, calendars } = builtInKnowledge();
  return { rules, calendars, templates: builtInTemplates(), surveys: [...builtInSurveys()] };
}

export function policyInForce(imported: unknown, managed: unknown): PolicyInForce {
  const key = JSON.stringify([imported ?? null, managed ?? null]);
  const hit = cache.get(key);
  if (hit) return hit;
  const base = { knowledge: builtInPolicy(), profiles: builtInKnowledge().profiles };
  const packs: PolicyPack[] = [];
  const problems: PolicyInForce['problems'] = [];
  const sources: PolicyInForce['sources'] = {};
  for (const [list, source] of [[imported, 'imported'], [managed, 'enterprise policy']] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      const name = `Policy pack ${i + 1} (${source})`;
      const result = loadPolicyPack(value, name, base);
      if (!result.ok) return problems.push({ text: `${name} is not applied: it no longer loads.`, details: result.details });
      const replaced = packs.findIndex((p) => p.id === result.pack.id);
      if (replaced >= 0) packs.splice(replaced, 1);
      packs.push(result.pack);
      sources[result.pack.id] = source;
    });
  }
  const inForce = { packs, knowledge: withPacks(base.knowledge, packs), problems, sources };
  cache.set(key, inForce);
  return inForce;
}
