/**
 * A citation as the side panel shows it: the policy and section, and the quoted words. Where
 * the text sits (its file) and what CaseLens decided where the policy is silent are behind
 * "Details", for supervisors and administrators.
 */
import { citationFile, citationText, type Citation } from '../../lib/policy/citation';

export function PolicyCitation({ citation }: { citation: Citation }) {
  const file = citationFile(citation);
  return (
    <>
      <p className="citation">
        <span className="label">Policy: </span>
        {citationText(citation)}
      </p>
      {citation.quote && <blockquote>{citation.quote}</blockquote>}
      {(file || citation.note) && (
        <details className="citation-details">
          <summary>Details</summary>
          {citation.note && <p className="note">{citation.note}</p>}
          {file && <p className="note">Policy text file: {file}</p>}
        </details>
      )}
    </>
  );
}
