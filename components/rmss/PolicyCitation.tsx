/** A citation as the side panel shows it: the policy text and section, and the quoted words. */
import { citationFile, citationText, type Citation } from '../../lib/policy/citation';

export function PolicyCitation({ citation }: { citation: Citation }) {
  const file = citationFile(citation);
  return (
    <>
      <p className="citation">
        <span className="label">Policy: </span>
        {citationText(citation)}
        {file && <span className="file"> ({file})</span>}
      </p>
      {citation.quote && <blockquote>{citation.quote}</blockquote>}
      {citation.note && <p className="note">{citation.note}</p>}
    </>
  );
}
