/**
 * A pointer into the policy texts in ../shared/policy (see its README). Every rule, checklist
 * item, template, survey answer and screen profile carries one, so a caseworker or a supervisor
 * can check why CaseLens says what it says.
 */
import { z } from 'zod';

/**
 * The policy texts, with the release each is and when it took effect. `supersededBy` names the
 * text of a later release of the same chapter: from that text's effective date the older one
 * no longer judges a case (lib/rules/effective.ts).
 */
export const POLICY_SOURCES = {
  '000': {
    file: '000_dff9c08966dd8e65.txt',
    title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, A. Overview',
    short: 'Oregon SSP Case Management, A. Overview',
    release: 'Release 89, effective 2018-04-01',
    releaseName: 'Release 89',
    effective: '2018-04-01',
  },
  '001': {
    file: '001_cf3a284fe919e9e0.txt',
    title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, A. Overview',
    short: 'Oregon SSP Case Management, A. Overview',
    release: 'Release 73, effective 2014-04-01',
    releaseName: 'Release 73',
    effective: '2014-04-01',
    supersededBy: '000',
  },
  '002': {
    file: '002_2ea67a5d6a58261d.txt',
    title: 'Maine 10-144 C.M.R. ch. 607 § 6, ASPIRE-TANF Case Management',
    short: 'Maine ASPIRE-TANF rule, 10-144 C.M.R. ch. 607 § 6',
    release: 'current through 2024-12-18',
    releaseName: 'current through 2024-12-18',
  },
  '003': {
    file: '003_6ed360e28e7eb5bb.txt',
    title: 'Alaska DPA Work Services (DPAWS) Case Management Expectations',
    short: 'Alaska DPAWS Case Management Expectations',
    release: 'undated expectations document',
    releaseName: 'undated',
  },
  '004': {
    file: '004_4b401b564cd17569.txt',
    title: 'Oregon DHS Self-Sufficiency Programs manual, Case Management, D. Case Plan Development',
    short: 'Oregon SSP Case Management, D. Case Plan Development',
    release: 'Release 58, effective 2010-07-01',
    releaseName: 'Release 58',
    effective: '2010-07-01',
  },
} as const satisfies Record<string, { file: string; title: string; short: string; release: string; releaseName: string; effective?: string; supersededBy?: string }>;

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
  /** Where the source is published (an agency's policy manual page). */
  url: z.string().regex(/^https?:\/\/\S+$/, { message: 'is not a web address' }).max(500).optional(),
  /** When the cited release took effect, for sources CaseLens does not bundle. */
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date (YYYY-MM-DD)' }).optional(),
  /** What CaseLens decided where the text is silent or a list was lost. */
  note: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * One line a caseworker can read: "Oregon SSP Case Management, A. Overview, Release 89:
 * Targeted Case Management (TCM), step 1.a". The file name stays with the administrators'
 * details (citationFile).
 */
export function citationText(c: Citation): string {
  if (c.policy === 'external') return [c.source ?? 'External source', c.section, c.release].filter(Boolean).join(', ');
  const src = POLICY_SOURCES[c.policy];
  const release = c.release ?? ('effective' in src ? src.releaseName : src.release);
  return `${src.short}, ${release}: ${c.section}`;
}

export function citationFile(c: Citation): string | undefined {
  return c.policy === 'external' ? undefined : POLICY_SOURCES[c.policy].file;
}
