/** One finding: what is wrong, why (facts and where each was seen), what policy says, how to fix it. */
import { useState } from 'react';
import type { Finding } from '../../lib/rules/evaluate';
import { describePending } from '../../lib/rules/evidence';
import { formatUs } from '../../lib/dates/iso-date';
import { citationFile } from '../../lib/policy/citation';
import type { ActionResult, ActiveContext } from '../../lib/messages';
import { sendToPage } from '../panel-actions';
import { Evidence } from './Evidence';
import { changesFor, usePolicyWatch } from '../hooks/use-policy-watch';

const SEVERITY = { error: 'Problem', warning: 'Warning', info: 'Note' } as const;

export function FindingCard({ finding, active, onScreen }: { finding: Finding; active: ActiveContext | undefined; onScreen: boolean }) {
  const policyChanges = changesFor(usePolicyWatch(), 'rule', finding.ruleId);
  const [result, setResult] = useState<ActionResult>();
  const setField = finding.fix.setField;
  const apply = async () => {
    if (!setField) return;
    setResult(await sendToPage(active, { type: 'set-field', fact: setField.fact, value: setField.value }));
  };
  const file = citationFile(finding.citation);
  const fieldLabel = setField ? (finding.evidence.find((e) => e.fact === setField.fact)?.label ?? setField.fact) : '';
  return (
    <article className={`finding ${finding.severity}`} data-rule-id={finding.ruleId} aria-labelledby={`f-${finding.ruleId}`}>
      <h3 id={`f-${finding.ruleId}`}>
        <span className="sev">{SEVERITY[finding.severity]}</span> {finding.title}
      </h3>
      {finding.due && <p className="due">Due {formatUs(finding.due)}</p>}
      <p>{finding.explanation}</p>
      {finding.pending && (
        <p className="pending-note" data-pending={finding.pending.fact}>
          <strong>Written, not saved yet:</strong> {describePending(finding.pending)}. Save the screen to finish; this stays a finding until a saved screen shows it.
        </p>
      )}
      <p className="citation">
        <span className="label">Policy: </span>
        {finding.citationText}
      </p>
      {finding.citation.quote && <blockquote>{finding.citation.quote}</blockquote>}
      {policyChanges.length > 0 && (
        <p className="warning" data-testid="policy-changed">
          Policy may have changed: this rule {policyChanges.map((c) => c.text).join('; ')} (seen on “{policyChanges[0]!.page.title}”). Ask your supervisor before relying on it.
        </p>
      )}
      <details>
        <summary>Why CaseLens says this</summary>
        <Evidence rows={finding.evidence} />
        {finding.citation.note && <p className="note">{finding.citation.note}</p>}
      </details>
      <p className="fix">
        <span className="label">Fix: </span>
        {finding.fix.text}
      </p>
      {setField && onScreen && (
        <p>
          <button type="button" onClick={() => void apply()}>
            Set {fieldLabel} to {setField.value} on screen
          </button>
          <span className="status" role="status">
            {result?.message}
          </span>
        </p>
      )}
      <details className="admin">
        <summary>Details for administrators</summary>
        <p>
          Rule <code>{finding.ruleId}</code>
          {file && (
            <>
              {' '}· policy text <code>{file}</code>
            </>
          )}
          {finding.mark && (
            <>
              {' '}· marks <code>{finding.mark}</code>
            </>
          )}
        </p>
      </details>
    </article>
  );
}
