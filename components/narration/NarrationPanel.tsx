/** The Narration tab: the studio for the current case, or what to do when there is none. */
import type { ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { useCaseEvaluation } from '../hooks/use-case-evaluation';
import { NarrationStudio } from './NarrationStudio';

export function NarrationPanel({ active, settings, initialTemplate }: { active: ActiveContext | undefined; settings: Settings; initialTemplate?: string }) {
  const view = useCaseEvaluation(active?.caseKey, settings);
  if (!active?.caseKey) return <p className="empty">Open a case on a legacy screen to draft its narration.</p>;
  if (view === undefined) return <p role="status">Loading case…</p>;
  if (view === null) return <p className="empty">This case is not stored yet: open one of its screens.</p>;
  return <NarrationStudio key={`${view.record.caseKey}|${initialTemplate ?? ''}`} active={active} view={view} settings={settings} initialTemplate={initialTemplate} />;
}
