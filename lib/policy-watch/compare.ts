/**
 * Policy watch: a manual page compared with the citations of the rules, templates and survey in
 * force. It notices a newer release than the one a unit cites, a cited section the page no
 * longer has, and a cited quote no longer in the text — each a reason the unit may be out of
 * date, named with where (unit, section, release) so an administrator can check it.
 */
import type { Citation, PolicyId } from '../policy/citation';
import { POLICY_SOURCES } from '../policy/citation';
import { releaseNumber, releaseOf, sourcesOnPage, type ManualPage } from './manual-page';

export interface CitingUnit {
  kind: 'rule' | 'template' | 'survey';
  id: string;
  title: string;
  citation: Citation;
}

export interface PolicyChange {
  kind: 'newer-release' | 'section-missing' | 'quote-missing';
  unit: Pick<CitingUnit, 'kind' | 'id' | 'title'>;
  /** In plain words: "cites Release 89; the manual shows Release 95 (effective 07/01/2026)". */
  text: string;
}

export interface WatchResult {
  url: string;
  title: string;
  seenAt: string;
  release?: number;
  effective?: string;
  /** Which bundled policy texts the page is a release of. */
  sources: PolicyId[];
  changes: PolicyChange[];
}

const squash = (s: string) => s.toLowerCase().replace(/[“”"'‘’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The section's name as a page would head it: the part before the first comma, dash or "step". */
function sectionKey(section: string): string {
  return squash(section.split(/,|\s[-–—]\s|\bstep\b|\(/i)[0] ?? section);
}

const usFormat = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

function citesPage(c: Citation, page: ManualPage, onPage: readonly PolicyId[]): boolean {
  if (c.url) return page.url.startsWith(c.url) || c.url.startsWith(page.url);
  return c.policy !== 'external' && onPage.includes(c.policy);
}

export function comparePage(page: ManualPage, units: readonly CitingUnit[], seenAt: string): WatchResult {
  const { release, effective } = releaseOf(`${page.header ?? ''} ${page.text}`);
  const onPage = sourcesOnPage(page);
  const text = squash(page.text);
  const headings = page.headings.map(squash).filter((h) => h.length > 3);
  // A cited section is there when a heading starts with its name (a renamed heading is not).
  const hasSection = (key: string) => (headings.length ? headings.some((h) => h.startsWith(key) || key.startsWith(h)) : text.includes(key));
  const changes: PolicyChange[] = [];
  for (const u of units) {
    const c = u.citation;
    if (!citesPage(c, page, onPage)) continue;
    const unit = { kind: u.kind, id: u.id, title: u.title };
    const cited = c.policy === 'external' ? Number(/\d+/.exec(c.release ?? '')?.[0] ?? NaN) : releaseNumber(c.policy);
    if (release !== undefined && cited !== undefined && !Number.isNaN(cited) && release > cited) {
      const name = c.policy === 'external' ? c.source ?? 'the source' : POLICY_SOURCES[c.policy].short;
      changes.push({ kind: 'newer-release', unit, text: `cites ${name}, Release ${cited}; the manual shows Release ${release}${effective ? ` (effective ${usFormat(effective)})` : ''}` });
    }
    const key = sectionKey(c.section);
    if (key.length > 3 && !hasSection(key)) {
      changes.push({ kind: 'section-missing', unit, text: `cites the section “${c.section}”, which the manual page no longer has` });
    }
    if (c.quote && !text.includes(squash(c.quote))) {
      changes.push({ kind: 'quote-missing', unit, text: `quotes “${c.quote}”, which the manual page no longer says` });
    }
  }
  return { url: page.url, title: page.title, seenAt, ...(release !== undefined ? { release } : {}), ...(effective ? { effective } : {}), sources: onPage, changes };
}
