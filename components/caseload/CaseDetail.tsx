/** One case opened from the caseload: its findings and checklist, without visiting its screens. */
import type { Settings } from '../../lib/config/settings-schema';
import { useCaseEvaluation } from '../hooks/use-case-evaluation';
import { Checklist } from '../checklist/Checklist';
import { FindingCard } from '../case/FindingCard';

export function CaseDetail({ caseKey, settings }: { caseKey: string; settings: Settings }) {
  const view = useCaseEvaluation(caseKey, settings);
  if (!view) return <p role="status">Loading case…</p>;
  return (
    <section aria-label={`Case ${caseKey.replace(':', ' ')}`} className="case-detail" data-testid="case-detail">
      <h3>Case {caseKey.replace(':', ' ')}</h3>
      {view.evaluation.findings.map((f) => (
        <FindingCard key={f.ruleId} finding={f} active={undefined} onScreen={false} />
      ))}
      <Checklist view={view} settings={settings} />
    </section>
  );
}
