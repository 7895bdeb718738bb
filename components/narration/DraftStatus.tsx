/** Whether the draft is saved, or, when another window changed it too, which version to keep. */
import type { NarrationDraft } from '../../lib/store/db';
import type { DraftState } from '../hooks/use-draft';

export function DraftStatus({ draft, onTheirs }: { draft: DraftState; onTheirs: (d: NarrationDraft | null) => void }) {
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
