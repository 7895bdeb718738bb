/**
 * The case's checklist: every duty from the rules for its jurisdiction, program and track,
 * most urgent first. Duties complete themselves when a screen shows them done; the worker can
 * also mark one done with a date and a note.
 */
import { usePolicy } from '../hooks/use-policy';
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import type { ChecklistItem } from '../../lib/rules/evaluate';
import { builtInKnowledge } from '../../lib/knowledge';
import { screensShowing } from '../../lib/checklist/where-to-look';
import { makeEvaluator } from '../../lib/checklist/case-evaluator';
import { markDuty, unmarkDuty } from '../../lib/store/case-service';
import type { Settings } from '../../lib/config/settings-schema';
import type { CaseView } from '../hooks/use-case-evaluation';
import { getDb } from '../hooks/use-db';
import { ChecklistItemRow } from './ChecklistItemRow';

const ORDER: ChecklistItem['status'][] = ['overdue', 'action-needed', 'due-soon', 'open', 'unknown', 'to-confirm', 'done-late', 'done', 'not-applicable'];

export function Checklist({ view, settings, onTemplate }: { view: CaseView; settings: Settings; onTemplate?: (templateId: string) => void }) {
  const items = useMemo(
    () => [...view.evaluation.checklist].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || (a.due ?? '9').localeCompare(b.due ?? '9')),
    [view.evaluation.checklist],
  );
  const { profiles } = builtInKnowledge();
  const whereToLook = (fact: string) => screensShowing(fact, profiles, view.record.jurisdiction);
  const evaluate = makeEvaluator(settings, usePolicy().knowledge);
  const caseKey = view.record.caseKey;
  const changed = () => browser.runtime.sendMessage({ type: 'case-changed', caseKey }).catch(() => {});
  const onMark = async (dutyKey: string, doneOn: string, note: string) => {
    await markDuty(getDb(), { caseKey, dutyKey, doneOn, note, markedAt: new Date().toISOString() }, evaluate);
    await changed();
  };
  const onUnmark = async (dutyKey: string) => {
    await unmarkDuty(getDb(), caseKey, dutyKey, evaluate);
    await changed();
  };
  const counts = ORDER.map((s) => [s, items.filter((i) => i.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        Checklist <span className="count">({counts.map(([s, n]) => `${n} ${s.replace('-', ' ')}`).join(', ') || 'no duties'})</span>
      </h2>
      <ul className="checklist">
        {items.map((item) => (
          <ChecklistItemRow key={`${item.ruleId}@${item.period ?? ''}`} item={item} asOf={view.evaluation.asOf} whereToLook={whereToLook} onMark={onMark} onUnmark={onUnmark} onTemplate={onTemplate} />
        ))}
      </ul>
    </section>
  );
}
