/**
 * Values typed on the screen (by CaseLens on a click, or by the worker) that the legacy system
 * has not saved: until a saved screen shows them, the case still holds the old value, and the
 * findings say so.
 */
import type { PendingNote } from '../../lib/rules/evidence';
import { describePending } from '../../lib/rules/evidence';

export function PendingWrites({ pending, label }: { pending: PendingNote[]; label: (fact: string) => string }) {
  if (!pending.length) return null;
  return (
    <section aria-labelledby="pending-heading" className="pending-write" data-testid="pending-writes">
      <h2 id="pending-heading">Written, not saved yet</h2>
      <ul>
        {pending.map((p) => (
          <li key={p.fact} data-pending={p.fact}>
            {label(p.fact)}: {describePending(p)}. Press Enter (or Save) on the screen to save it; until then the legacy system still holds the old value.
          </li>
        ))}
      </ul>
    </section>
  );
}
