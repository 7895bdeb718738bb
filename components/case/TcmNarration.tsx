/** The TRACS narration naming each TCM service given, ready to copy (policy 000, TCM step 1.b). */
import { tcmNarrations } from '../../lib/rules/facts/tcm';
import type { CaseView } from '../hooks/use-case-evaluation';
import { CopyButton } from '../CopyButton';

export function TcmNarration({ view }: { view: CaseView }) {
  const items = tcmNarrations(view.record.facts, view.ctx);
  if (!items.length) return null;
  return (
    <section aria-labelledby="tcm-narration" className="narration-suggestions">
      <h2 id="tcm-narration">TRACS narration</h2>
      <p className="hint">Policy 000 (Release 89), Targeted Case Management step 1.b: narrate which TCM-eligible service was provided.</p>
      <ul>
        {items.map((n) => (
          <li key={n.serviceId} data-narration={n.serviceId}>
            <p className="narration-text">{n.text}</p>
            <CopyButton text={n.text} label={`Copy narration: ${n.label}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
