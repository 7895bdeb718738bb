/** The demo's start page: the systems, and every synthetic case with the edge it covers. */
import type { DemoCase } from '../data/types';
import { esc, page } from './html';

const link = (c: DemoCase) =>
  c.state === 'OR' ? '/tracs/' : c.state === 'AK' ? `/eis/?case=${c.caseNo}` : `/aspire/participant?case=${c.caseNo}`;

export function indexPage(cases: DemoCase[], today: string): string {
  const rows = cases
    .map((c) => `<tr><td>${c.state}</td><td><a href="${esc(link(c))}">${esc(c.caseNo)}</a></td><td>${esc(c.note)}</td></tr>`)
    .join('');
  return page(
    'Demo legacy systems (synthetic data)',
    `<main class="index"><h1>Demo legacy systems</h1>
<p><strong>All data here is synthetic.</strong> Today is ${esc(today)}. These pages imitate mainframe-era front ends for trying CaseLens.</p>
<ul>
<li><a href="/tracs/">Oregon TRACS</a> (frameset, 24x80 green screens, form POST)</li>
<li><a href="/cms/">Alaska CMS</a> (frameset with case header, table forms with generated ids)</li>
<li><a href="/eis/">Alaska EIS terminal</a> (web terminal emulator, repaints in place)</li>
<li><a href="/aspire/">Maine ASPIRE</a> (participant summary, Family Contract Amendment)</li>
<li><a href="/cms/caseload">Alaska CMS caseload</a> (a listing: 1000 cases, one row each)</li>
<li><a href="/rmss/survey?id=RMS-2026-0042">RMSS survey form</a></li>
<li><a href="/agency/time-study">An agency's own time-study form</a> (its own field names: CaseLens checks it once the agency's profile is imported)</li>
</ul>
<table class="grid"><caption>Synthetic cases</caption><thead><tr><th scope="col">State</th><th scope="col">Case</th><th scope="col">What it shows</th></tr></thead><tbody>${rows}</tbody></table></main>`,
  );
}
