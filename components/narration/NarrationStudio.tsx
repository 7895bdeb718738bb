/**
 * The narration studio: pick a template, fill what the screens did not show, read the live
 * lint with its citations, edit freely, then copy or insert into the legacy screen on a click.
 * Drafts autosave per case and template.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { sendToPage } from '../panel-actions';
import { builtInTemplates } from '../../lib/templates';
import { fieldOptions, isRequired, renderTemplate } from '../../lib/narration/render';
import { blocksInsert, lintNarration, targetFor } from '../../lib/narration/lint';
import { fitText } from '../../lib/narration/wrap';
import { TARGET_PROFILE_IDS } from '../../lib/narration/template-schema';
import { builtInKnowledge } from '../../lib/knowledge';
import type { ActionResult, ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { latestDraft, recordInsert } from '../../lib/store/drafts';
import type { CaseView } from '../hooks/use-case-evaluation';
import { useDraft } from '../hooks/use-draft';
import { getDb } from '../hooks/use-db';
import { CopyButton } from '../CopyButton';
import { FieldInput } from './FieldInput';
import { LintList } from './LintList';
import { NarrationHistory } from './NarrationHistory';

export function NarrationStudio({ active, view, settings, initialTemplate }: { active: ActiveContext | undefined; view: CaseView; settings: Settings; initialTemplate?: string }) {
  const templates = useMemo(() => builtInTemplates().filter((t) => t.jurisdiction === view.record.jurisdiction), [view.record.jurisdiction]);
  const suggested = useMemo(() => {
    const fromFindings = view.evaluation.findings.map((f) => f.fix.template).filter((t): t is string => !!t);
    const forScreen = templates.filter((t) => TARGET_PROFILE_IDS[t.target.kind] === active?.profileId).map((t) => t.id);
    return [...new Set([...fromFindings, ...forScreen])].filter((id) => templates.some((t) => t.id === id));
  }, [view.evaluation.findings, templates, active?.profileId]);

  const [templateId, setTemplateId] = useState<string | undefined>(() => (initialTemplate && templates.some((t) => t.id === initialTemplate) ? initialTemplate : undefined));
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [text, setText] = useState<string>();
  const [title, setTitle] = useState<string>();
  const [result, setResult] = useState<ActionResult>();
  const ids = useId();
  const caseKey = view.record.caseKey;

  // Reopen where the worker left off: the draft touched last, else the first suggestion.
  useEffect(() => {
    let alive = true;
    void latestDraft(getDb(), caseKey).then((d) => {
      if (alive) setTemplateId((current) => current ?? d?.templateId ?? suggested[0] ?? templates[0]?.id);
    });
    return () => {
      alive = false;
    };
  }, [caseKey, suggested, templates]);

  const draft = useDraft(caseKey, templateId);
  // Load the stored draft once per case and template (adjusting state while rendering, as
  // React recommends for state derived from a changing input).
  const [loadedFor, setLoadedFor] = useState<string>();
  const draftKey = `${caseKey}|${templateId}`;
  const stored = draft.stored;
  if (templateId && stored !== undefined && loadedFor !== draftKey && (!stored || (stored.templateId === templateId && stored.caseKey === caseKey))) {
    setLoadedFor(draftKey);
    if (stored) {
      setAnswers(stored.answers);
      setText(stored.text || undefined);
      setTitle(stored.title);
    }
  }

  const template = templates.find((t) => t.id === templateId);
  const rendered = useMemo(() => (template ? renderTemplate(template, { facts: view.record.facts, answers }, view.ctx) : undefined), [template, view, answers]);
  const onThisScreen = !!template && TARGET_PROFILE_IDS[template.target.kind] === active?.profileId && (active?.narrationTarget?.found ?? 0) > 0;
  const target = useMemo(() => {
    if (!template) return undefined;
    if (onThisScreen && active?.narrationTarget) return { narrationTarget: active.narrationTarget, citation: template.citation, name: active.title ?? 'this screen' };
    return targetFor(template, builtInKnowledge().profiles);
  }, [template, onThisScreen, active]);
  const finalText = text ?? rendered?.text ?? '';
  const finalTitle = title ?? rendered?.title;
  const issues = useMemo(
    () => (template && rendered ? lintNarration(template, rendered, { facts: view.record.facts, text: finalText, title: finalTitle }, { settings, target }) : []),
    [template, rendered, view.record.facts, finalText, finalTitle, settings, target],
  );
  const fit = target ? fitText(finalText, target.narrationTarget) : undefined;
  const blocked = blocksInsert(issues);

  if (!template || !rendered) return <p>No narration templates for this jurisdiction.</p>;

  const change = (patch: { answers?: Record<string, string>; text?: string; title?: string }) => {
    const next = { answers: patch.answers ?? answers, text: 'text' in patch ? patch.text : text, title: 'title' in patch ? patch.title : title };
    if (patch.answers) setAnswers(patch.answers);
    if ('text' in patch) setText(patch.text);
    if ('title' in patch) setTitle(patch.title);
    draft.schedule({ caseKey, templateId: template.id, answers: next.answers, text: next.text ?? '', title: next.title });
  };

  const insert = async () => {
    const lines = fit?.lines ?? finalText.split('\n');
    const reply = await sendToPage(active, { type: 'insert-lines', lines, ...(finalTitle !== undefined ? { title: finalTitle } : {}) });
    setResult(reply);
    if (reply.ok) await recordInsert(getDb(), { caseKey, templateId: template.id, text: lines.join('\n') }, new Date());
  };
  const undo = async () => setResult(await sendToPage(active, { type: 'undo-insert' }));

  return (
    <section aria-labelledby={`${ids}-h`} className="studio">
      <h2 id={`${ids}-h`}>Narration</h2>
      <div className="field">
        <label htmlFor={`${ids}-t`}>Template</label>
        <select
          id={`${ids}-t`}
          value={template.id}
          onChange={(e) => {
            setTemplateId(e.target.value);
            setAnswers({});
            setText(undefined);
            setTitle(undefined);
          }}
        >
          {[...templates]
            .sort((a, b) => Number(suggested.includes(b.id)) - Number(suggested.includes(a.id)))
            .map((t) => (
              <option key={t.id} value={t.id}>
                {suggested.includes(t.id) ? `★ ${t.title}` : t.title}
              </option>
            ))}
        </select>
        <p className="hint">{template.citation.section}</p>
      </div>
      <fieldset>
        <legend>What the note needs</legend>
        {template.fields.map((f) => (
          <FieldInput
            key={f.key}
            id={`${ids}-${f.key}`}
            field={f}
            options={fieldOptions(f, settings)}
            value={rendered.values[f.key]}
            answer={answers[f.key]}
            required={isRequired(f, rendered.values)}
            onChange={(v) => change({ answers: { ...answers, [f.key]: v }, text: undefined })}
          />
        ))}
      </fieldset>
      {finalTitle !== undefined && (
        <div className="field">
          <label htmlFor={`${ids}-title`}>CLNO title</label>
          <input id={`${ids}-title`} value={finalTitle} onChange={(e) => change({ title: e.target.value })} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${ids}-text`}>Note (you can edit it)</label>
        <textarea id={`${ids}-text`} className="narration-text" rows={6} value={finalText} onChange={(e) => change({ text: e.target.value })} />
        {text !== undefined && (
          <button type="button" className="secondary" onClick={() => change({ text: undefined })}>
            Rebuild from the template
          </button>
        )}
      </div>
      <LintList issues={issues} />
      {rendered.reminders.map((r) => (
        <p key={r.text} className="hint">
          Reminder: {r.text}
        </p>
      ))}
      {fit && (
        <details open={onThisScreen}>
          <summary>
            As it goes into {target?.name}: {fit.lines.length} of {target?.narrationTarget.lineCount} lines
          </summary>
          <pre className="fit-preview" data-testid="fit-preview">
            {fit.lines.join('\n')}
          </pre>
        </details>
      )}
      <div className="row">
        <CopyButton text={finalTitle ? `${finalTitle}\n${finalText}` : finalText} label="Copy" />
        <button type="button" onClick={() => void insert()} disabled={!onThisScreen || blocked} aria-describedby={`${ids}-why`}>
          Insert into screen
        </button>
        <button type="button" className="secondary" onClick={() => void undo()}>
          Undo insert
        </button>
      </div>
      <p id={`${ids}-why`} className="hint">
        {!onThisScreen ? 'Open the screen this note belongs on to insert it; Copy works anywhere.' : blocked ? 'Fix the problems marked "blocks insert" first.' : 'Inserting fills the screen; you review and save it yourself.'}
      </p>
      <p role="status" className="status" data-testid="insert-status">
        {result?.message}
      </p>
      <NarrationHistory caseKey={caseKey} days={settings.narrationHistoryDays} />
      <DraftStatus draft={draft} onTheirs={(d) => d && (setAnswers(d.answers), setText(d.text || undefined), setTitle(d.title))} />
    </section>
  );
}

function DraftStatus({ draft, onTheirs }: { draft: ReturnType<typeof useDraft>; onTheirs: (d: ReturnType<ReturnType<typeof useDraft>['takeTheirs']>) => void }) {
  if (draft.conflict) {
    return (
      <div role="alert" className="warning">
        <p>This draft was changed in another window.</p>
        <button type="button" onClick={() => void draft.keepMine()}>
          Keep mine
        </button>{' '}
        <button type="button" className="secondary" onClick={() => onTheirs(draft.takeTheirs())}>
          Use the other version
        </button>
      </div>
    );
  }
  return <p className="hint">{draft.savedAt ? `Draft saved ${new Date(draft.savedAt).toLocaleTimeString()}` : 'Drafts save as you type, in this browser only.'}</p>;
}
