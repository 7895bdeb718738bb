/**
 * The name the caseload shows beside a case number: the household name the screens gave, so a
 * worker recognises a family without opening the case. The first parent's name (policy 000's
 * TCM is about the parent), else the first member's, leaving out members a screen showed as no
 * longer active on the case; else the case's name as a caseload listing gave it. As the screen
 * wrote it, never guessed.
 */
import type { Member } from '../facts/case-facts';

const nameOf = (m: Member) => [m.firstName, m.lastName].map((s) => s?.trim()).filter(Boolean).join(' ');

export function householdName(household: readonly Member[] | undefined, caseName?: string): string | undefined {
  const named = (household ?? []).filter((m) => nameOf(m) && m.status !== 'inactive');
  const pick = named.find((m) => m.role === 'parent') ?? named[0];
  return pick ? nameOf(pick) : caseName?.trim() || undefined;
}
