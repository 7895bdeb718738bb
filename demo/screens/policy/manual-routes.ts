/**
 * /policy/ssp/case-management/overview?release=89|95: the demo's policy manual chapter. Its
 * sections are those the built-in rules, templates and survey cite from policy 000, so the
 * older release shows no change and the newer one shows the demo's edits.
 */
import type { DemoRequest, DemoResponse } from '../../http-types';
import { builtInPolicy } from '../../../lib/policy-pack/in-force';
import { citingUnits } from '../../../lib/policy-watch/citing-units';
import { manualChapter, type ManualSection } from './manual-pages';

function sections(): ManualSection[] {
  const citations = citingUnits(builtInPolicy())
    .map((u) => u.citation)
    .filter((c) => c.policy === '000');
  const byHeading = new Map<string, Set<string>>();
  for (const c of citations) {
    const heading = c.section.split(/,|\s[-–—]\s|\bstep\b|\(/i)[0]!.trim();
    const sentences = byHeading.get(heading) ?? new Set<string>();
    if (c.quote) sentences.add(c.quote);
    byHeading.set(heading, sentences);
  }
  // The TCM heading as the manual writes it.
  return [...byHeading].map(([heading, s]) => ({ heading: heading === 'Targeted Case Management' ? 'Targeted Case Management (TCM)' : heading, sentences: [...s] }));
}

export function handlePolicyManual(req: DemoRequest): DemoResponse | undefined {
  if (req.path !== '/policy/ssp/case-management/overview') return undefined;
  return { html: manualChapter(req.query.get('release') === '95' ? 95 : 89, sections()) };
}
