/**
 * Does a narration say a service WAS provided? Policy 000 (TCM step 1.b) asks to narrate which
 * TCM-eligible service was provided: naming the service is not enough when the note says it
 * was not ("SCREENING NOT DONE; PARTICIPANT DECLINED.", "CASE PLAN NOT DEVELOPED - NO SHOW.").
 * Each clause that names the service counts unless it is negated or only planned.
 */

/** Words that, in the same clause as the service, say it did not happen (or has not yet). */
const NOT_PROVIDED =
  /\b(?:not|no[\s-]?show(?:ed)?|declined?|refused|did\s*n[o']?t|didn't|unable|cancell?ed|failed\s+to|never|postponed|rescheduled|will|to\s+be|plan(?:s|ned)?\s+to|pending|attempted)\b/i;

import { clauses } from './clauses';

export interface ServiceStatement {
  provided: boolean;
  /** A clause that names the service but says it was not provided (for the lint's "why"). */
  negated?: string;
}

export function statesServiceProvided(text: string, keywords: readonly string[]): ServiceStatement {
  const words = keywords.map((k) => k.toLowerCase());
  let negated: string | undefined;
  for (const clause of clauses(text, { commas: true })) {
    const lower = clause.toLowerCase();
    if (!words.some((k) => lower.includes(k))) continue;
    if (NOT_PROVIDED.test(clause)) negated ??= clause;
    else return { provided: true };
  }
  return negated ? { provided: false, negated } : { provided: false };
}
