/** The demo cases' facts as CaseLens reads them from their screens (for realistic bench input). */
import { Window } from 'happy-dom';
import type { DemoState } from '../demo/data/state';
import { builtInKnowledge } from '../lib/knowledge';
import { readScreen } from '../lib/screen/read-screen';
import { observe } from '../lib/facts/observation';
import { mergeObservation } from '../lib/facts/merge';
import type { CaseFacts } from '../lib/facts/case-facts';
import type { CaseState } from '../lib/facts/provenance';
import { screensOf } from '../test/fixtures/demo-case-screens';

export function evaluateDemoFacts(state: DemoState): CaseState[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  const parser = new window.DOMParser();
  return state.cases.map((c) => {
    let known: CaseState | undefined;
    for (const screen of screensOf(c, state)) {
      const doc = parser.parseFromString(screen.html, 'text/html') as unknown as Document;
      const { read } = readScreen(doc, builtInKnowledge().profiles, { url: 'http://demo/', referenceYear: 2026 });
      if (!read) continue;
      const obs = observe(read);
      known = mergeObservation(known, { ...obs, facts: { ...obs.facts, jurisdiction: c.state, caseNumber: c.caseNo } as CaseFacts }, 'now');
    }
    return known!;
  });
}
