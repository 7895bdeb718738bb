/** Alaska case builders for the rule tests: a DPAWS case with CLNOs (client notes). */
import type { Facts } from './helpers';

export type Clno = NonNullable<Facts['clnos']>[number];

export const clno = (date: string, title: string, body?: string): Clno => (body === undefined ? { date, title } : { date, title, body });

export function akCase(over: Partial<Facts> = {}): Facts {
  return { jurisdiction: 'AK', track: 'WORK_FIRST', referral: { date: '2026-09-01' }, clnos: [], ...over };
}
