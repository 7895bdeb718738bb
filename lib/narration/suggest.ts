/**
 * Which narration templates to suggest for a case, and why. Only what the case needs: a finding
 * or an unfinished duty whose fix is a narration. A template whose note the case's notes
 * already contain is not suggested again; it is reported as already narrated, with the date,
 * so the worker does not write the same TCM note twice.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { ChecklistItem, Finding } from '../rules/evaluate';
import { alreadyNarrated, type PriorNote } from './already-narrated';
import { renderTemplate, type RenderContext } from './render';
import type { NarrationTemplate } from './template-schema';

export interface TemplateSuggestion {
  templateId: string;
  /** Why, in the worker's words: the finding or duty that asks for this note. */
  reason: string;
}

export interface SuggestionResult {
  suggested: TemplateSuggestion[];
  /** Templates a finding or duty pointed to whose note is already in the case's notes. */
  alreadyNarrated: Array<TemplateSuggestion & { prior: PriorNote }>;
}

const UNFINISHED = new Set(['overdue', 'due-soon', 'open', 'action-needed']);

/** At most this many suggestions: a short list is one the worker reads. */
export const MAX_SUGGESTIONS = 3;

export function suggestTemplates(input: {
  templates: readonly NarrationTemplate[];
  findings: readonly Finding[];
  checklist: readonly ChecklistItem[];
  facts: CaseFacts;
  ctx: RenderContext;
}): SuggestionResult {
  const asked = new Map<string, string>();
  for (const f of input.findings) if (f.fix.template && !asked.has(f.fix.template)) asked.set(f.fix.template, f.title);
  for (const i of input.checklist) if (i.fix.template && UNFINISHED.has(i.status) && !asked.has(i.fix.template)) asked.set(i.fix.template, `Duty: ${i.duty}`);

  const out: SuggestionResult = { suggested: [], alreadyNarrated: [] };
  for (const [templateId, reason] of asked) {
    const template = input.templates.find((t) => t.id === templateId);
    if (!template) continue;
    const note = renderTemplate(template, { facts: input.facts }, input.ctx).text;
    const prior = alreadyNarrated(note, input.facts);
    if (prior) out.alreadyNarrated.push({ templateId, reason, prior });
    else if (out.suggested.length < MAX_SUGGESTIONS) out.suggested.push({ templateId, reason });
  }
  return out;
}

/** Templates whose title, description or id contain every word typed (any order, any case). */
export function searchTemplates<T extends Pick<NarrationTemplate, 'id' | 'title' | 'description'>>(templates: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...templates];
  return templates.filter((t) => {
    const text = `${t.title} ${t.description ?? ''} ${t.id.replace(/-/g, ' ')}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
