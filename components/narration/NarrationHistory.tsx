/** Narration inserted for this case, kept locally for the retention period set in Settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { NarrationTemplate } from '../../lib/narration/template-schema';
import { getDb } from '../hooks/use-db';
import { CopyButton } from '../CopyButton';

export function NarrationHistory({ caseKey, days, templates }: { caseKey: string; days: number; templates: readonly NarrationTemplate[] }) {
  const entries = useLiveQuery(() => getDb().narrationHistory.where('caseKey').equals(caseKey).reverse().sortBy('at'), [caseKey]);
  if (!entries?.length) return null;
  return (
    <details className="history" data-testid="narration-history">
      <summary>Inserted for this case ({entries.length}, kept {days} days)</summary>
      <ol>
        {entries.slice(0, 10).map((e) => (
          <li key={e.id}>
            <p className="hint">
              {new Date(e.at).toLocaleString()} · {templates.find((t) => t.id === e.templateId)?.title ?? e.templateId}
            </p>
            <pre className="fit-preview" tabIndex={0} aria-label="Inserted note">
              {e.text}
            </pre>
            <CopyButton text={e.text} label="Copy again" />
          </li>
        ))}
      </ol>
    </details>
  );
}
