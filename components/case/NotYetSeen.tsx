/**
 * "Not enough seen yet": the rules CaseLens could not judge on the screens seen so far, with the
 * screen to open for each (a visible next step, not a detail), so a worker never mistakes
 * "nothing found" for "nothing wrong".
 */
import type { NotYetSeen as Gaps } from '../../lib/checklist/not-yet-seen';

export function NotYetSeen({ gaps }: { gaps: Gaps }) {
  if (!gaps.screens.length && !gaps.elsewhere.length) return null;
  return (
    <section aria-labelledby="not-seen-heading" className="not-seen" data-testid="not-yet-seen">
      <h2 id="not-seen-heading">Not enough seen yet</h2>
      <ul>
        {gaps.screens.map((s) => (
          <li key={s.screen} data-open-screen={s.screen}>
            <strong>Open {s.screen}</strong> ({s.title}) to check: {s.rules.map((r) => r.title).join('; ')}.
          </li>
        ))}
        {gaps.elsewhere.length > 0 && (
          <li data-open-screen="">
            No screen CaseLens knows shows what it needs for: {gaps.elsewhere.map((r) => r.title).join('; ')}. Check the case file, or teach
            CaseLens the screen that shows it.
          </li>
        )}
      </ul>
    </section>
  );
}
