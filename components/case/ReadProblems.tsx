/** Fields CaseLens could not read on the screen, said plainly (never silently dropped). */
import type { ReadProblem } from '../../lib/screen/read-screen';

export function ReadProblems({ problems }: { problems: ReadProblem[] }) {
  if (!problems.length) return null;
  return (
    <section aria-labelledby="read-problems" className="read-problems">
      <h2 id="read-problems">Could not read</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.key}:${p.message}`} data-problem={p.kind}>
            {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
