/**
 * What a policy manual page says about itself, from its article text (extracted in the page
 * with @mozilla/readability): its release number, effective date, and which policy text it is
 * (the chapter and section line the bundled texts open with, or a pack unit's own URL).
 */
import { POLICY_SOURCES, type PolicyId } from '../policy/citation';

export interface ManualPage {
  url: string;
  title: string;
  /** The article's plain text, whitespace collapsed. */
  text: string;
  /** The top of the page's own text, where manuals put "Release 89: Effective April 1, 2018" (outside the article). */
  header?: string;
  /** Headings and numbered items, as the page shows them. */
  headings: string[];
}

export interface PageRelease {
  release?: number;
  /** ISO date, when the page gives one. */
  effective?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function releaseOf(text: string): PageRelease {
  const release = /\bRelease\s+(\d{1,4})\b/i.exec(text)?.[1];
  const m = /\bEffective\s+([A-Za-z]+)\s+(\d{1,2}),\s+(\d{4})/i.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  const effective = m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
  return { ...(release ? { release: Number(release) } : {}), ...(effective ? { effective } : {}) };
}

/** Words of a heading line, for matching a page to a bundled text ("Case Management - A. Overview"). */
const SOURCE_MARKERS: Partial<Record<PolicyId, RegExp>> = {
  '000': /Case Management\s*-\s*A\.\s*Overview/i,
  '001': /Case Management\s*-\s*A\.\s*Overview/i,
  '004': /Case Management\s*-\s*D\.\s*Case Plan Development/i,
  '002': /144-607-6|ch\.\s*607/i,
  '003': /WORK SERVICES CASE MANAGEMENT EXPECTATIONS/i,
};

/** The bundled policy texts this page is a release of (000 and 001 are releases of one chapter). */
export function sourcesOnPage(page: Pick<ManualPage, 'text'>): PolicyId[] {
  return (Object.keys(SOURCE_MARKERS) as PolicyId[]).filter((id) => SOURCE_MARKERS[id]!.test(page.text));
}

export const releaseNumber = (id: PolicyId): number | undefined => {
  const m = /Release\s+(\d+)/.exec(POLICY_SOURCES[id].releaseName);
  return m ? Number(m[1]) : undefined;
};
