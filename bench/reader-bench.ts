/** Reader cost: recognise and read a typical screen, and a 1000-row list screen. */
import { Window } from 'happy-dom';
import { readScreen } from '../lib/screen/read-screen';
import { builtInKnowledge } from '../lib/knowledge';
import { demoFixtures } from '../test/fixtures/demo-fixtures';
import { time, type Timing } from './measure';

function documentOf(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function clnoListHtml(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return `<tr><td>10/${day}/2026</td><td>Monthly contact - FSSP reviewed ${i}</td><td>Met client; reviewed FSSP steps and next appointment.</td></tr>`;
  }).join('');
  return `<!DOCTYPE html><html><body><div class="cms"><h2>Client Notes (CLNO)</h2><table class="grid"><thead><tr><th>Date</th><th>Title</th><th>Note</th></tr></thead><tbody>${body}</tbody></table></div></body></html>`;
}

export async function readerBench(): Promise<Timing[]> {
  const { profiles } = builtInKnowledge();
  const opts = { url: 'http://127.0.0.1/tracs/screen', referenceYear: 2026 };
  const fixtures = demoFixtures();
  const plan = documentOf(fixtures.find((f) => f.profileId === 'or-tracs-case-plan')!.html);
  const fssp = documentOf(fixtures.find((f) => f.profileId === 'ak-cms-fssp')!.html);
  const list = documentOf(clnoListHtml(1000));
  const check = readScreen(list, profiles, opts).read;
  if (check?.lists[0]?.rows.length !== 1000) throw new Error('bench list screen did not read 1000 rows');
  return [
    await time(`recognise + read a TRACS 24x80 case plan (${profiles.length} profiles tried)`, 200, () => readScreen(plan, profiles, opts)),
    await time('recognise + read a CMS FSSP table form', 200, () => readScreen(fssp, profiles, opts)),
    await time('recognise + read a 1000-row CLNO list screen', 20, () => readScreen(list, profiles, opts)),
  ];
}
