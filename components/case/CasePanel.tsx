/** The current case: the screen being read, what could not be read, findings and narration. */
import type { ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { useCaseEvaluation } from '../hooks/use-case-evaluation';
import { FindingCard } from './FindingCard';
import { ReadProblems } from './ReadProblems';
import { TcmNarration } from './TcmNarration';
import { Checklist } from '../checklist/Checklist';
import { ForgetCase } from './ForgetCase';

export function CasePanel({ active, settings, onTeach, onDraft }: { active: ActiveContext | undefined; settings: Settings; onTeach: () => void; onDraft: (templateId: string) => void }) {
  const view = useCaseEvaluation(active?.caseKey, settings);
  if (!active) {
    return (
      <p className="empty">
        Open a case on a legacy screen (TRACS, CMS, EIS, ASPIRE). CaseLens reads it here, in this browser only.
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
  const onScreenFacts = new Set(active.factsOnScreen);
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
      {view === undefined && <p role="status">Loading case…</p>}
      {view && (
        <>
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">
              Findings <span className="count">({view.evaluation.findings.length})</span>
            </h2>
            {view.evaluation.findings.length === 0 && <p className="ok">No problems found on the screens seen so far.</p>}
            {view.evaluation.findings.map((f) => (
              <FindingCard key={f.ruleId} finding={f} active={active} onScreen={!!f.fix.setField && onScreenFacts.has(f.fix.setField.fact)} />
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
