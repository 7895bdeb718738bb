/**
 * The name the caseload shows beside a case number: the household name the screens gave, so a
 * worker recognises a family without opening the case. The first parent's name (policy 000's
 * TCM is about the parent), else the first member's; as the screen wrote it, never guessed.
 */
import type { Member } from '../facts/case-facts';

const nameOf = (m: Member) => [m.firstName, m.lastName].map((s) => s?.trim()).filter(Boolean).join(' ');

export function householdName(household: readonly Member[] | undefined): string | undefined {
  const named = (household ?? []).filter((m) => nameOf(m));
  const pick = named.find((m) => m.role === 'parent') ?? named[0];
  return pick ? nameOf(pick) : undefined;
}
