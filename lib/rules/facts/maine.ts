/** Maine ASPIRE-TANF facts (002 §II.6): Family Contract Amendments that bind both parties. */
import type { CaseFacts } from '../../facts/case-facts';
import { formatUs } from '../../dates/iso-date';
import { known, unknown, type FactResult } from '../context';

/**
 * `maine.unboundAmendments`: amendments the participant or the Department has not signed, so
 * they do not "bind both the Department and the participant". Unknown when a signature column
 * is blank on every amendment that is not already known to be unbound.
 */
export function unboundAmendments(facts: CaseFacts): FactResult {
  const amendments = facts.maine?.amendments;
  if (!amendments) return unknown('maine.amendments');
  const missing = new Set<string>();
  const out: Array<{ date: string; label: string }> = [];
  for (const a of amendments) {
    const unsigned = [a.participantSigned === false && 'the participant', a.departmentSigned === false && 'the Department'].filter(Boolean);
    if (unsigned.length) {
      out.push({ date: a.date, label: `${a.action ?? 'amendment'} of ${formatUs(a.date)}, not signed by ${unsigned.join(' or ')}` });
      continue;
    }
    if (a.participantSigned === undefined) missing.add('maine.amendments[].participantSigned');
    if (a.departmentSigned === undefined) missing.add('maine.amendments[].departmentSigned');
  }
  if (out.length === 0 && missing.size) return unknown(...missing);
  return known(out, out.length ? out.map((a) => a.label).join('; ') : 'none');
}
