/**
 * The current case: the screen being read, what could not be read or marked, what CaseLens has
 * not seen yet (with the screen to open), values written but not saved, findings, narration
 * and the checklist. "No problems found" only when every rule for the case could be judged.
 */
import type { ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { builtInKnowledge } from '../../lib/knowledge';
import { notYetSeen } from '../../lib/checklist/not-yet-seen';
import { factLabel } from '../../lib/checklist/where-to-look';
import type { PendingNote } from '../../lib/rules/evidence';
import { useCaseEvaluation } from '../hooks/use-case-evaluation';
import { FindingCard } from './FindingCard';
import { ReadProblems } from './ReadProblems';
import { TcmNarration } from './TcmNarration';
import { Checklist } from '../checklist/Checklist';
import { ForgetCase } from './ForgetCase';
import { NotYetSeen } from './NotYetSeen';
import { PendingWrites } from './PendingWrites';
import './case.css';

export function CasePanel({ active, settings, onTeach, onDraft }: { active: ActiveContext | undefined; settings: Settings; onTeach: () => void; onDraft: (templateId: string) => void }) {
  const view = useCaseEvaluation(active?.caseKey, settings);
  if (!active?.legacy) {
    return (
      <p className="empty">
        Open a case on a legacy screen (TRACS, CMS, EIS, ASPIRE) in this window. CaseLens reads the tab you are looking at, in this browser only.
      </p>
    );
  }
  if (!active.recognised && !active.caseKey) {
    return (
      <div className="case">
        <p>CaseLens does not know this screen yet.</p>
        <button type="button" onClick={onTeach}>
          Teach this screen
        </button>
      </div>
    );
  }
  const { profiles } = builtInKnowledge();
  const onScreenFacts = new Set(active.factsOnScreen);
  const gaps = view ? notYetSeen(view.evaluation.unjudged, profiles, view.record.jurisdiction) : undefined;
  const pending: PendingNote[] = view
    ? Object.entries(view.record.pending).map(([fact, p]) => ({ fact, value: p.value, by: p.by, at: p.at, screen: `${p.source.system} ${p.source.screen}`.trim() }))
    : [];
  const unmarked = view?.evaluation.findings.filter((f) => active.marks.notShown.includes(f.ruleId)) ?? [];
  const nothingFound = view && view.evaluation.findings.length === 0;
  return (
    <div className="case">
      <header className="screen-info" aria-label="Current screen">
        <p>
          {active.recognised ? (
            <>
              <strong>{active.system}</strong> {active.screen} · {active.title}
            </>
          ) : (
            <>A screen CaseLens does not know yet</>
          )}
        </p>
        <p data-testid="case-key">{active.caseKey ? `Case ${active.caseKey.replace(':', ' ')}` : 'No case number on this screen yet'}</p>
      </header>
      <ReadProblems problems={active.problems} />
      {unmarked.length > 0 && (
        <p className="warning" role="status" data-testid="marks-not-shown">
          CaseLens could not mark {unmarked.length === 1 ? 'this finding' : 'these findings'} beside the field on the screen: {unmarked.map((f) => f.title).join('; ')}. They are listed below.
        </p>
      )}
      {view === undefined && <p role="status">Loading case…</p>}
      {view && gaps && (
        <>
          <NotYetSeen gaps={gaps} />
          <PendingWrites pending={pending} label={(fact) => factLabel(fact, profiles)} />
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">
              Findings <span className="count">({view.evaluation.findings.length})</span>
            </h2>
            {nothingFound && gaps.screens.length + gaps.elsewhere.length === 0 && <p className="ok">No problems found: every rule for this case was checked.</p>}
            {nothingFound && gaps.screens.length + gaps.elsewhere.length > 0 && (
              <p data-testid="no-findings-yet">No problems found on the screens seen so far, but some rules could not be checked yet (above).</p>
            )}
            {view.evaluation.findings.map((f) => (
              <FindingCard key={`${f.ruleId}@${f.due ?? ''}`} finding={f} active={active} onScreen={!!f.fix.setField && onScreenFacts.has(f.fix.setField.fact)} />
            ))}
          </section>
          <TcmNarration view={view} />
          <Checklist view={view} settings={settings} onTemplate={onDraft} />
          <ForgetCase caseKey={view.record.caseKey} />
        </>
      )}
    </div>
  );
}
