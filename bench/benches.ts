/** Further benches, registered here as features land (rules, caseload). */
import type { Timing } from './measure';

export const benches: Array<[string, () => Promise<Timing[]>]> = [];
