/**
 * Choosing the note to write: what the case needs (few, each with why), what is already in the
 * case's notes, a search over every template for the case's state, and the list itself.
 */
import { useId, useMemo, useState } from 'react';
import { formatUs } from '../../lib/dates/iso-date';
import type { PriorNote } from '../../lib/narration/already-narrated';
import { searchTemplates, type SuggestionResult } from '../../lib/narration/suggest';
import type { NarrationTemplate } from '../../lib/narration/template-schema';

interface Props {
  templates: NarrationTemplate[];
  current: NarrationTemplate;
  suggestions: SuggestionResult;
  /** The case's note that already says what the chosen template would write. */
  prior?: PriorNote;
  onPick: (templateId: string) => void;
}

export function TemplatePicker({ templates, current, suggestions, prior, onPick }: Props) {
  const ids = useId();
  const [query, setQuery] = useState('');
  const suggested = new Set(suggestions.suggested.map((s) => s.templateId));
  const found = useMemo(() => searchTemplates(templates, query), [templates, query]);
  // The chosen template stays in the list, so the list always shows what is chosen.
  const listed = [...(found.some((t) => t.id === current.id) ? [] : [current]), ...found].sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)));
  const titleOf = (id: string) => templates.find((t) => t.id === id)?.title ?? id;
  const done = [
    ...(prior ? [{ templateId: current.id, prior }] : []),
    ...suggestions.alreadyNarrated.filter((a) => a.templateId !== current.id || !prior),
  ];

  return (
    <div className="template-picker">
      {suggestions.suggested.length > 0 && (
        <div className="suggestions" data-testid="suggestions">
          <h3 id={`${ids}-sugg`}>Suggested for this case</h3>
          <ul aria-labelledby={`${ids}-sugg`}>
            {suggestions.suggested.map((s) => (
              <li key={s.templateId} data-suggestion={s.templateId}>
                <button type="button" className="link" aria-current={s.templateId === current.id ? 'true' : undefined} onClick={() => onPick(s.templateId)}>
                  {titleOf(s.templateId)}
                </button>
                <span className="hint"> because: {s.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {done.map((a) => (
        <p key={a.templateId} className="already-narrated" data-already-narrated={a.templateId}>
          <strong>Already narrated</strong> on {formatUs(a.prior.date)}: {titleOf(a.templateId)} (“{a.prior.text}”). No need to write it again.
        </p>
      ))}
      <div className="field search-box">
        <label htmlFor={`${ids}-q`}>Find a template</label>
        <input id={`${ids}-q`} type="search" autoComplete="off" value={query} aria-describedby={`${ids}-count`} onChange={(e) => setQuery(e.target.value)} />
        <p id={`${ids}-count`} className="hint" role="status">
          {query.trim() ? `${found.length} of ${templates.length} templates match.` : `${templates.length} templates for this state.`}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-t`}>Template</label>
        <select id={`${ids}-t`} value={current.id} onChange={(e) => onPick(e.target.value)}>
          {listed.map((t) => (
            <option key={t.id} value={t.id}>
              {suggested.has(t.id) ? `★ ${t.title}` : t.title}
            </option>
          ))}
        </select>
        <p className="hint">
          {current.description ?? current.citation.section}
        </p>
      </div>
    </div>
  );
}
