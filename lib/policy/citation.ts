/**
 * A pointer into the policy texts in ../shared/policy (see its README). Every rule, checklist
 * item, template, survey answer and screen profile carries one, so a caseworker or a supervisor
 * can check why CaseLens says what it says.
 */
import { z } from 'zod';

export const POLICY_SOURCES = {
  '000': { file: '000_dff9c08966dd8e65.txt', title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, A. Overview', release: 'Release 89, effective 2018-04-01' },
  '001': { file: '001_cf3a284fe919e9e0.txt', title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, A. Overview', release: 'Release 73, effective 2014-04-01' },
  '002': { file: '002_2ea67a5d6a58261d.txt', title: 'Maine 10-144 C.M.R. ch. 607 § 6, ASPIRE-TANF Case Management', release: 'current through 2024-12-18' },
  '003': { file: '003_6ed360e28e7eb5bb.txt', title: 'Alaska DPA Work Services (DPAWS) Case Management Expectations', release: 'undated expectations document' },
  '004': { file: '004_4b401b564cd17569.txt', title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, D. Case Plan Development', release: 'Release 58, effective 2010-07-01' },
} as const;

export type PolicyId = keyof typeof POLICY_SOURCES;
const POLICY_IDS = Object.keys(POLICY_SOURCES) as [PolicyId, ...PolicyId[]];

export const CitationSchema = z.object({
  /** Which policy text: 000..004 for ../shared/policy, or 'external' for a statute not bundled. */
  policy: z.union([z.enum(POLICY_IDS), z.literal('external')]),
  section: z.string().min(3),
  /** Release or date; defaults to the release of the policy text. */
  release: z.string().optional(),
  /** Words of the source the unit relies on, copied exactly, so a reviewer can find them. */
  quote: z.string().optional(),
  /** For 'external' sources: the statute or document name. */
  source: z.string().optional(),
  /** What CaseLens decided where the text is silent or a list was lost. */
  note: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** One line a person can read: "Oregon ... A. Overview, Release 89 — Targeted Case Management (TCM)". */
export function citationText(c: Citation): string {
  if (c.policy === 'external') return [c.source ?? 'External source', c.section, c.release].filter(Boolean).join(', ');
  const src = POLICY_SOURCES[c.policy];
  return `${src.title}, ${c.release ?? src.release}: ${c.section} [policy ${c.policy}]`;
}

export function citationFile(c: Citation): string | undefined {
  return c.policy === 'external' ? undefined : POLICY_SOURCES[c.policy].file;
}
