/**
 * The policy watch on the demo's manual chapter in two releases: Release 89 (the one the rules
 * cite) shows nothing out of date for them; Release 95 names the units that cite Release 89,
 * the renamed Targeted Case Management section and the reworded flag step.
 */
import { describe, expect, it } from 'vitest';
import { handlePolicyManual } from '../../../demo/screens/policy/manual-routes';
import { comparePage } from '../../../lib/policy-watch/compare';
import { citingUnits } from '../../../lib/policy-watch/citing-units';
import { releaseOf, sourcesOnPage, type ManualPage } from '../../../lib/policy-watch/manual-page';
import { builtInPolicy } from '../../../lib/policy-pack/in-force';
import { parseHtml } from '../helpers/dom';

function manual(release: string): ManualPage {
  const html = handlePolicyManual({ method: 'GET', path: '/policy/ssp/case-management/overview', query: new URLSearchParams({ release }), form: new URLSearchParams(), cookies: {} })!.html!;
  const doc = parseHtml(html) as unknown as Document;
  return {
    url: `http://127.0.0.1:4780/policy/ssp/case-management/overview?release=${release}`,
    title: doc.title,
    text: (doc.body.textContent ?? '').replace(/\s+/g, ' '),
    headings: Array.from(doc.querySelectorAll('h1,h2,h3')).map((h) => h.textContent ?? ''),
  };
}

const units = citingUnits(builtInPolicy());
const on = (changes: ReturnType<typeof comparePage>['changes'], id: string) => changes.filter((c) => c.unit.id === id).map((c) => c.kind);

describe('the manual page itself', () => {
  it('gives its release, effective date and which bundled text it is a release of', () => {
    expect(releaseOf(manual('95').text)).toEqual({ release: 95, effective: '2026-07-01' });
    expect(sourcesOnPage(manual('89'))).toEqual(['000', '001']);
  });
});

describe('comparePage', () => {
  it('finds nothing out of date for the units citing the release the page shows (Release 89)', () => {
    const r = comparePage(manual('89'), units, '2026-11-30T10:00:00Z');
    expect(r.changes.filter((c) => c.unit.id.startsWith('or-') && c.unit.id !== 'or-retention-case-management-r73')).toEqual([]);
    // The Release 73 rule cites a release this page replaced.
    expect(on(r.changes, 'or-retention-case-management-r73')).toContain('newer-release');
  });

  it('names every unit citing Release 89 once the page shows Release 95, with what changed', () => {
    const r = comparePage(manual('95'), units, '2026-11-30T10:00:00Z');
    expect(r.release).toBe(95);
    expect(on(r.changes, 'or-tcm-flag').sort()).toEqual(['newer-release', 'quote-missing', 'section-missing']);
    expect(r.changes.find((c) => c.unit.id === 'or-tcm-flag' && c.kind === 'newer-release')!.text).toBe(
      'cites Oregon SSP Case Management, A. Overview, Release 89; the manual shows Release 95 (effective 07/01/2026)',
    );
    expect(on(r.changes, 'or-retention-monthly-check-in')).toEqual(['newer-release']); // its section and quote are still there
    expect(r.changes.some((c) => c.unit.kind === 'survey' && c.kind === 'newer-release')).toBe(true);
    expect(r.changes.filter((c) => c.unit.id.startsWith('ak-') || c.unit.id.startsWith('me-'))).toEqual([]);
  });
});
