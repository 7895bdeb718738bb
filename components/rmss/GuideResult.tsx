/**
 * What the guide found for the moment: the answers policy gives, each with why and where policy
 * says so, or a plain statement that the policy does not cover the moment. Advice only: the
 * worker answers the survey on its own form.
 */
import type { GuideResult as Result, Recommendation } from '../../lib/rmss/guide';
import type { Survey } from '../../lib/rmss/survey-schema';
import { PolicyCitation } from './PolicyCitation';

function RecommendationItem({ survey, rec }: { survey: Survey; rec: Recommendation }) {
  if (rec.kind === 'leave-blank') {
    const titles = survey.sections.filter((s) => rec.sectionIds.includes(s.id)).map((s) => s.title);
    return (
      <li className="rmss-rec" data-recommendation={`blank:${rec.sectionIds.join(',')}`}>
        <p>
          <strong>{titles.join('; ') || rec.questionIds.join(', ')}</strong>: <span className="rmss-answer">leave blank</span>
        </p>
        <p>{rec.why}</p>
        <PolicyCitation citation={rec.citation} />
      </li>
    );
  }
  return (
    <li className="rmss-rec" data-recommendation={rec.questionId}>
      <p>
        <strong>{rec.questionLabel}</strong>:{' '}
        {rec.kind === 'choose' ? (
          <span className="rmss-answer">
            <span className="rmss-code">{rec.code}</span> {rec.label}
          </span>
        ) : rec.caseIds.length > 0 ? (
          <span className="rmss-answer">
            <span className="rmss-code">{rec.caseIds.join(', ')}</span> (the case you confirmed)
          </span>
        ) : (
          <span className="rmss-answer">
            {rec.count === 1 ? 'one case identifier' : `${rec.count} case identifiers`}: confirm the case above
          </span>
        )}
      </p>
      <p>{rec.why}</p>
      <PolicyCitation citation={rec.citation} />
    </li>
  );
}

export function GuideResultView({ survey, result }: { survey: Survey; result: Result }) {
  if (result.status === 'needs-answers') return null;
  if (result.status === 'not-covered') {
    return (
      <section className="finding info rmss-not-covered" aria-labelledby="rmss-result-heading" data-outcome={result.outcomeId ?? 'not-covered'}>
        <h3 id="rmss-result-heading">The policy does not cover this moment</h3>
        {result.reason && <p>{result.reason}</p>}
        <p>
          <strong>{result.advice}</strong>
        </p>
        {result.citation && <PolicyCitation citation={result.citation} />}
      </section>
    );
  }
  return (
    <section className="rmss-result" aria-labelledby="rmss-result-heading" data-outcome={result.outcomeId}>
      <h3 id="rmss-result-heading">What policy says to answer</h3>
      <p>{result.summary}</p>
      <PolicyCitation citation={result.citation} />
      <ol className="rmss-recs">
        {result.recommendations.map((rec) => (
          <RecommendationItem key={rec.kind === 'leave-blank' ? `blank:${rec.sectionIds.join(',')}` : rec.questionId} survey={survey} rec={rec} />
        ))}
      </ol>
      <p className="hint">Answer these on the survey form yourself; CaseLens never fills in or submits it. CaseLens marks them beside the form’s sections.</p>
    </section>
  );
}

/** One sentence for the live region, so a screen reader hears what changed. */
export function resultStatus(result: Result): string {
  if (result.status === 'recommended') {
    return `Policy gives answers for this moment: ${result.recommendations.length} recommendations below.`;
  }
  if (result.status === 'not-covered') return 'The policy does not cover this moment. See the advice below.';
  const n = result.questions.length;
  return n === 0 ? '' : `${n} more question${n === 1 ? '' : 's'} to answer about the moment.`;
}
