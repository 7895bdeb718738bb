/**
 * The TRACS narration naming each TCM service given, ready to copy (policy 000, TCM step 1.b).
 * A narration the screens already show is said to be there, with its date, not offered again.
 */
import { tcmNarrations } from '../../lib/rules/facts/tcm';
import { alreadyNarrated } from '../../lib/narration/already-narrated';
import { formatUs } from '../../lib/dates/iso-date';
import type { CaseView } from '../hooks/use-case-evaluation';
import { CopyButton } from '../CopyButton';

export function TcmNarration({ view }: { view: CaseView }) {
  const items = tcmNarrations(view.record.facts, view.ctx);
  if (!items.length) return null;
  return (
    <section aria-labelledby="tcm-narration" className="narration-suggestions">
      <h2 id="tcm-narration">TRACS narration</h2>
      <p className="hint">Oregon SSP Case Management, Release 89, Targeted Case Management step 1.b: narrate which TCM-eligible service was provided.</p>
      <ul>
        {items.map((n) => {
          const prior = alreadyNarrated(n.text, view.record.facts);
          return (
            <li key={n.serviceId} data-narration={n.serviceId} data-already={prior ? prior.date : undefined}>
              <p className="narration-text">{n.text}</p>
              {prior ? <p className="ok">Already narrated on TRACS, {formatUs(prior.date)}.</p> : <CopyButton text={n.text} label={`Copy narration: ${n.label}`} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
