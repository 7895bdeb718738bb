/**
 * One duty: status, due date, why, policy, where to look for a missing fact, and mark done by
 * hand. The keyboard focus stays with the duty through marking: on the date when the form
 * opens, on "Undo mark" once it is saved (the duty moves down the list with it), back on
 * "Mark done" after Cancel or Undo; never dropped to the page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ChecklistItem } from '../../lib/rules/evaluate';
import { describePending } from '../../lib/rules/evidence';
import { formatUs } from '../../lib/dates/iso-date';
import { dutyKeyOf } from '../../lib/checklist/case-evaluator';
import { Evidence } from '../case/Evidence';

export const STATUS_TEXT: Record<ChecklistItem['status'], string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  open: 'Open',
  'action-needed': 'Action needed',
  unknown: 'Unknown',
  done: 'Done',
  'done-late': 'Done late',
  'not-applicable': 'Not applicable',
  'to-confirm': 'To confirm',
};

/** The one line under a duty that says what the status rests on, or what to do to know it. */
function NextStep({ item, screens }: { item: Props['item']; screens: string[] }) {
  if (item.status === 'unknown') {
    return (
      <p className="next-step" data-next-step="open">
        {screens.length ? <>To know: open <strong>{screens.join(' or ')}</strong>.</> : <>To know: check the case file (no screen CaseLens knows shows it).</>}
      </p>
    );
  }
  if (item.status === 'to-confirm') return <p className="next-step">Confirm it from the case file, then mark it done.</p>;
  if ((item.status === 'done' || item.status === 'done-late') && !item.manual) {
    const shown = item.evidence.find((e) => e.presence === 'seen' && e.fact !== 'due' && e.fact !== 'period' && item.doneOn && e.value === formatUs(item.doneOn));
    const basis = shown ?? item.evidence.find((e) => e.presence === 'seen' || e.presence === 'blank');
    return basis ? <p className="next-step">Shown by: {basis.label} {basis.value}, {basis.seen}.</p> : null;
  }
  return null;
}

interface Props {
  item: ChecklistItem & { manual?: { note: string; markedAt: string } };
  asOf: string;
  whereToLook: (fact: string) => string[];
  onMark: (dutyKey: string, doneOn: string, note: string) => Promise<void>;
  onUnmark: (dutyKey: string) => Promise<void>;
  onTemplate?: (templateId: string) => void;
}

export function ChecklistItemRow({ item, asOf, whereToLook, onMark, onUnmark, onTemplate }: Props) {
  const [marking, setMarking] = useState(false);
  const [doneOn, setDoneOn] = useState(asOf);
  const [note, setNote] = useState('');
  const ids = useId();
  const markButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  /** Where the focus goes once that control is on screen (it may appear only when the case store answers). */
  const [focusTo, setFocusTo] = useState<'mark' | 'undo' | 'date' | null>(null);
  useEffect(() => {
    const el = focusTo === 'mark' ? markButton.current : focusTo === 'undo' ? undoButton.current : focusTo === 'date' ? dateInput.current : null;
    if (!el) return;
    el.focus();
    setFocusTo(null);
  }, [focusTo, marking, item.manual, item.status]);
  const dutyKey = dutyKeyOf(item);
  const finished = item.status === 'done' || item.status === 'done-late';
  return (
    <li className={`duty ${item.status}`} data-duty={item.ruleId} data-status={item.status}>
      <p>
        <span className={`status-badge ${item.status}`}>{STATUS_TEXT[item.status]}</span> <strong>{item.duty}</strong>
        {item.due && <span> · due {formatUs(item.due)}</span>}
        {item.doneOn && <span> · done {formatUs(item.doneOn)}</span>}
      </p>
      {item.manual && <p className="hint">Marked done by hand{item.manual.note ? `: ${item.manual.note}` : ''}.</p>}
      <NextStep item={item} screens={[...new Set(item.missing.flatMap(whereToLook))]} />
      {item.pending && <p className="pending-note">Written, not saved yet: {describePending(item.pending)}.</p>}
      <details>
        <summary>Why and policy</summary>
        <p>{item.explanation}</p>
        <p className="citation">{item.citationText}</p>
        <Evidence rows={item.evidence} />
        <p className="fix">{item.fix.text}</p>
      </details>
      <div className="row">
        {item.fix.template && onTemplate && (
          <button type="button" className="secondary" onClick={() => onTemplate(item.fix.template!)}>
            Draft narration
          </button>
        )}
        {!finished && !marking && (
          <button
            ref={markButton}
            type="button"
            className="secondary"
            onClick={() => {
              setMarking(true);
              setFocusTo('date');
            }}
            aria-label={`Mark done: ${item.duty}`}
          >
            Mark done
          </button>
        )}
        {item.manual && (
          <button
            ref={undoButton}
            type="button"
            className="secondary"
            onClick={() => void onUnmark(dutyKey).then(() => setFocusTo('mark'))}
            aria-label={`Undo mark: ${item.duty}`}
          >
            Undo mark
          </button>
        )}
      </div>
      {marking && (
        <form
          className="mark-form"
          onSubmit={(e) => {
            e.preventDefault();
            void onMark(dutyKey, doneOn, note.trim()).then(() => {
              setMarking(false);
              setFocusTo('undo');
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-date`}>Done on</label>
            <input ref={dateInput} id={`${ids}-date`} type="date" value={doneOn} max={asOf} required onChange={(e) => setDoneOn(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-note`}>Note (no client details)</label>
            <input id={`${ids}-note`} maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="row">
            <button type="submit">Save</button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setMarking(false);
                setFocusTo('mark');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
