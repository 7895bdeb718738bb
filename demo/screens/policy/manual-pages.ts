/**
 * A policy manual chapter in two releases (synthetic text written for the demo, in the shape of
 * the Oregon SSP manual's "Case Management - A. Overview"), so the policy watch can be shown
 * noticing a change: Release 89 carries the sections and sentences CaseLens's rules cite;
 * Release 95 renames the Targeted Case Management section and rewords the flag step.
 */
import { esc, page } from '../html';

export interface ManualSection {
  heading: string;
  sentences: string[];
}

/** Release 95's edits: section headings renamed and sentences reworded. */
const RELEASE_95 = {
  headings: new Map([['Targeted Case Management (TCM)', 'Medicaid Targeted Case Management']]),
  sentences: new Map([['Change the case management flag on TRACS to “Yes.”', 'Set the TCM indicator on the TRACS case plan to “Y” on the day of service.']]),
};

function chapter(release: 89 | 95, effective: string, sections: ManualSection[]): string {
  const body = sections
    .map((s) => {
      const heading = release === 95 ? RELEASE_95.headings.get(s.heading) ?? s.heading : s.heading;
      const text = s.sentences.map((t) => (release === 95 ? RELEASE_95.sentences.get(t) ?? t : t));
      return `<h3>${esc(heading)}</h3>\n<p>${text.map(esc).join(' ')}</p>`;
    })
    .join('\n');
  return page(
    `Self-Sufficiency Programs manual - Case Management - A. Overview (Release ${release})`,
    `<div id="nav"><a href="/">Demo index</a> | Manual home</div>
<main><article>
<p>Release ${release}:  Effective ${effective}</p>
<h1>Case Management - A. Overview</h1>
<p>This page is synthetic text written for the CaseLens demo. It is not an agency's policy.</p>
${body}
</article></main>
<div id="footer">Valid HTML 4.01 Transitional</div>`,
  );
}

/** The chapter's sections: every section and quote a unit in force cites from this chapter. */
export function manualChapter(release: 89 | 95, sections: ManualSection[]): string {
  return chapter(release, release === 89 ? 'April 1, 2018' : 'July 1, 2026', sections);
}
