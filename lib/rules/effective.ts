/**
 * When a rule judges a case: from the effective date of the policy release it implements until
 * a later release of the same chapter takes effect (001, Release 73, gives way to 000, Release
 * 89, on 2018-04-01). A rule may narrow or widen that with its own `effective`.
 */
import { addDays } from '../dates/date-math';
import type { IsoDate } from '../dates/iso-date';
import { POLICY_SOURCES, type PolicyId } from '../policy/citation';
import type { Rule } from './rule-schema';

export interface EffectivePeriod {
  from?: IsoDate;
  until?: IsoDate;
  /** The policy text whose release replaced this one, when one did. */
  supersededBy?: PolicyId;
}

export function effectivePeriod(rule: Pick<Rule, 'citation' | 'effective'>): EffectivePeriod {
  const policy = rule.citation.policy === 'external' ? undefined : POLICY_SOURCES[rule.citation.policy];
  const from = rule.effective?.from ?? rule.citation.effective ?? (policy && 'effective' in policy ? policy.effective : undefined);
  const successorId = policy && 'supersededBy' in policy ? (policy.supersededBy as PolicyId) : undefined;
  const successor = successorId ? POLICY_SOURCES[successorId] : undefined;
  const until = rule.effective?.until ?? (successor && 'effective' in successor ? addDays(successor.effective, -1) : undefined);
  return { from, until, ...(successorId ? { supersededBy: successorId } : {}) };
}

export function inEffect(rule: Pick<Rule, 'citation' | 'effective'>, asOf: IsoDate): boolean {
  const { from, until } = effectivePeriod(rule);
  return (!from || asOf >= from) && (!until || asOf <= until);
}

/** "Release 89, in effect from 04/01/2018" / "Release 73, 04/01/2014 to 03/31/2018 (replaced by Release 89)". */
export function describeEffective(rule: Pick<Rule, 'citation' | 'effective'>): string {
  const c = rule.citation;
  const release = c.policy === 'external' ? c.release ?? 'external source' : c.release ?? POLICY_SOURCES[c.policy].releaseName;
  const { from, until, supersededBy } = effectivePeriod(rule);
  const span = from && until ? `${from} to ${until}` : from ? `in effect from ${from}` : until ? `until ${until}` : 'no effective date given';
  const replaced = supersededBy ? ` (replaced by ${POLICY_SOURCES[supersededBy].releaseName}, policy ${supersededBy})` : '';
  return `${release}, ${span}${replaced}`;
}
