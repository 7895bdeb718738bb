/**
 * The narration studio: pick a template (what the case needs is suggested, with why), fill what
 * the screens did not show, read the checks with their policy, edit freely, then copy or insert
 * into the legacy screen on a click. Drafts autosave per case and template.
 */
import { usePolicy } from '../hooks/use-policy';
import { useEffect, useId, useMemo, useState } from 'react';
import { fieldOptions, isRequired, renderTemplate } from '../../lib/narration/render';
import { lintNarration, targetFor } from '../../lib/narration/lint';
import { alreadyNarrated } from '../../lib/narration/already-narrated';
import { presentChecks } from '../../lib/narration/present-checks';
import { suggestTemplates } from '../../lib/narration/suggest';
import { fitText } from '../../lib/narration/wrap';
import { TARGET_PROFILE_IDS } from '../../lib/narration/template-schema';
import { builtInKnowledge } from '../../lib/knowledge';
import type { ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { latestDraft } from '../../lib/store/drafts';
import type { CaseView } from '../hooks/use-case-evaluation';
import { useDraft } from '../hooks/use-draft';
import { getDb } from '../hooks/use-db';
import { CopyButton } from '../CopyButton';
import { DraftStatus } from './DraftStatus';
import { FieldInput } from './FieldInput';
import { NarrationHistory } from './NarrationHistory';
import { NoteChecks } from './NoteChecks';
import { TemplatePicker } from './TemplatePicker';
import { useInsert } from './use-insert';

export function NarrationStudio({ active, view, settings, initialTemplate }: { active: ActiveContext | undefined; view: CaseView; settings: Settings; initialTemplate?: string }) {
  const { record, evaluation, ctx } = view;
  const inForce = usePolicy().knowledge.templates;
  const templates = useMemo(() => inForce.filter((t) => t.jurisdiction === record.jurisdiction), [inForce, record.jurisdiction]);
  const suggestions = useMemo(
    () => suggestTemplates({ templates, findings: evaluation.findings, checklist: evaluation.checklist, facts: record.facts, ctx }),
    [templates, evaluation, record.facts, ctx],
  );
  const firstChoice = suggestions.suggested[0]?.templateId ?? templates.find((t) => TARGET_PROFILE_IDS[t.target.kind] === active?.profileId)?.id ?? templates[0]?.id;

  const [templateId, setTemplateId] = useState<string | undefined>(() => (initialTemplate && templates.some((t) => t.id === initialTemplate) ? initialTemplate : undefined));
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [text, setText] = useState<string>();
  const [title, setTitle] = useState<string>();
  const ids = useId();
  const caseKey = record.caseKey;

  // Reopen where the worker left off: the draft touched last, else what the case needs.
  useEffect(() => {
    let alive = true;
    void latestDraft(getDb(), caseKey).then((d) => {
      if (alive) setTemplateId((current) => current ?? d?.templateId ?? firstChoice);
    });
    return () => {
      alive = false;
    };
  }, [caseKey, firstChoice]);

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
  const inserting = useInsert(active, caseKey, templateId ?? '');
  const rendered = useMemo(() => (template ? renderTemplate(template, { facts: record.facts, answers }, ctx) : undefined), [template, record.facts, ctx, answers]);
  const onThisScreen = !!template && TARGET_PROFILE_IDS[template.target.kind] === active?.profileId && (active?.narrationTarget?.found ?? 0) > 0;
  const target = useMemo(() => {
    if (!template) return undefined;
    if (onThisScreen && active?.narrationTarget) return { narrationTarget: active.narrationTarget, citation: template.citation, name: active.title ?? 'this screen' };
    return targetFor(template, builtInKnowledge().profiles);
  }, [template, onThisScreen, active]);
  const finalText = text ?? rendered?.text ?? '';
  const finalTitle = title ?? rendered?.title;
  const issues = useMemo(
    () => (template && rendered ? lintNarration(template, rendered, { facts: record.facts, text: finalText, title: finalTitle }, { settings, target }) : []),
    [template, rendered, record.facts, finalText, finalTitle, settings, target],
  );
  const checks = presentChecks(issues, inserting.attempted);
  // Already in the case's notes: as the worker has it now, or as the screens alone would write it.
  const prior = useMemo(
    () => (template && rendered ? (alreadyNarrated(rendered.text, record.facts) ?? alreadyNarrated(renderTemplate(template, { facts: record.facts }, ctx).text, record.facts)) : undefined),
    [template, rendered, record.facts, ctx],
  );
  const fit = target ? fitText(finalText, target.narrationTarget) : undefined;

  if (!template || !rendered) return <p>No narration templates for this state.</p>;

  const fieldId = (key: string) => `${ids}-${key}`;
  const change = (patch: { answers?: Record<string, string>; text?: string; title?: string }) => {
    const next = { answers: patch.answers ?? answers, text: 'text' in patch ? patch.text : text, title: 'title' in patch ? patch.title : title };
    if (patch.answers) setAnswers(patch.answers);
    if ('text' in patch) setText(patch.text);
    if ('title' in patch) setTitle(patch.title);
    draft.schedule({ caseKey, templateId: template.id, answers: next.answers, text: next.text ?? '', title: next.title });
  };
  const pick = (id: string) => {
    setTemplateId(id);
    setAnswers({});
    setText(undefined);
    setTitle(undefined);
  };
  const blocking = issues.filter((i) => i.blocks);
  const firstField = blocking.find((i) => i.field)?.field;
  const insert = () => inserting.insert({ lines: fit?.lines ?? finalText.split('\n'), title: finalTitle, blocking, firstFieldId: firstField && fieldId(firstField) });

  return (
    <section aria-labelledby={`${ids}-h`} className="studio">
      <h2 id={`${ids}-h`}>Narration</h2>
      <TemplatePicker templates={templates} current={template} suggestions={suggestions} prior={prior} onPick={pick} />
      <fieldset>
        <legend>What the note needs</legend>
        {template.fields.map((f) => (
          <FieldInput
            key={f.key}
            id={fieldId(f.key)}
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
      <NoteChecks checks={checks} fieldId={fieldId} labelOf={(key) => template.fields.find((f) => f.key === key)?.label} />
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
          <pre className="fit-preview" data-testid="fit-preview" tabIndex={0} aria-label={`The note as it goes into ${target?.name}`}>
            {fit.lines.join('\n')}
          </pre>
        </details>
      )}
      <div className="row">
        <CopyButton text={finalTitle ? `${finalTitle}\n${finalText}` : finalText} label="Copy" />
        <button type="button" onClick={() => void insert()} disabled={!onThisScreen} aria-describedby={`${ids}-why`}>
          Insert into screen
        </button>
        <button type="button" className="secondary" onClick={() => void inserting.undo()}>
          Undo insert
        </button>
      </div>
      <p id={`${ids}-why`} className="hint">
        {!onThisScreen ? 'Open the screen this note belongs on to insert it; Copy works anywhere.' : 'Inserting fills the screen; you review and save it yourself.'}
      </p>
      <p role="status" className="status" data-testid="insert-status">
        {inserting.result?.message}
      </p>
      <NarrationHistory caseKey={caseKey} days={settings.narrationHistoryDays} templates={templates} />
      <DraftStatus draft={draft} onTheirs={(d) => d && (setAnswers(d.answers), setText(d.text || undefined), setTitle(d.title))} />
    </section>
  );
}
