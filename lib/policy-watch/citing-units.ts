/** Every unit in force with the citations it rests on, for the policy watch to compare with a manual page. */
import { CitationSchema, type Citation } from '../policy/citation';
import type { PolicyKnowledge } from '../policy-pack/policy-knowledge';
import type { CitingUnit } from './compare';

/** Citations anywhere inside a unit (a survey cites per answer; a template per reminder). */
export function citationsIn(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((v) => citationsIn(v, out));
  else if (value && typeof value === 'object') {
    const parsed = 'policy' in value && 'section' in value ? CitationSchema.safeParse(value) : undefined;
    if (parsed?.success) out.push(parsed.data);
    else Object.values(value).forEach((v) => citationsIn(v, out));
  }
  return out;
}

export function citingUnits(knowledge: Pick<PolicyKnowledge, 'rules' | 'templates' | 'surveys'>): CitingUnit[] {
  const out: CitingUnit[] = knowledge.rules.map((r) => ({ kind: 'rule' as const, id: r.id, title: r.title, citation: r.citation }));
  for (const t of knowledge.templates) out.push({ kind: 'template', id: t.id, title: t.title, citation: t.citation });
  for (const s of knowledge.surveys) {
    const seen = new Set<string>();
    for (const c of citationsIn(s)) {
      const key = `${c.policy}|${c.section}|${c.quote ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind: 'survey', id: s.id, title: s.title, citation: c });
    }
  }
  return out;
}
