/**
 * The monthly review count, saying what it counts: only the cases of the states whose policy
 * asks for a monthly review (Alaska's monthly contact with FSSP review, track review), which
 * is not every case in the list below.
 */
import { usePolicy } from '../hooks/use-policy';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { reviewProgress } from '../../lib/store/caseload';
import { getDb } from '../hooks/use-db';

const STATE_NAMES: Record<string, string> = { OR: 'Oregon', AK: 'Alaska', ME: 'Maine' };

const monthName = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function ReviewProgress({ month }: { month: string }) {
  const { rules } = usePolicy().knowledge;
  const jurisdictions = useMemo(() => [...new Set(rules.filter((r) => r.caseloadReview).flatMap((r) => r.appliesTo.jurisdictions))].sort(), [rules]);
  const progress = useLiveQuery(() => reviewProgress(getDb(), month, jurisdictions), [month, jurisdictions]);
  if (!progress || progress.total === 0) return null;
  const states = jurisdictions.map((j) => STATE_NAMES[j] ?? j).join(' and ');
  return (
    <div className="review-progress" data-testid="review-progress">
      <p>
        <strong>Monthly review, {monthName(month)}:</strong> {progress.reviewed} of {progress.total} {states} case{progress.total === 1 ? '' : 's'} reviewed
        <progress value={progress.reviewed} max={progress.total} aria-label="Monthly review progress" />
      </p>
      <p className="hint">Only {states} policy asks for a monthly case review, so this counts {states} cases only, whatever the list below shows.</p>
    </div>
  );
}
