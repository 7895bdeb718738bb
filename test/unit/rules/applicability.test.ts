/**
 * Invariants over every built-in rule: it never applies to another jurisdiction's case, and it
 * never reports a finding on a case that shows nothing (no screen seen beyond the header) —
 * missing facts make a rule unknown, never a finding.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../lib/dates/date-math';
import { evaluateOn, RULES, type Facts } from './helpers';

const JURISDICTIONS = ['OR', 'AK', 'ME'] as const;
const asOf = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2026-01-01', n));

/** The bare case a rule could apply to: its jurisdiction, and a program or track it names. */
function bare(rule: (typeof RULES)[number], jurisdiction: Facts['jurisdiction']): Facts {
  return {
    jurisdiction,
    program: rule.appliesTo.programs?.[0] as Facts['program'],
    track: rule.appliesTo.tracks?.[0] as Facts['track'],
  };
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_, rule) => {
  it('does not apply to the other jurisdictions', () => {
    for (const j of JURISDICTIONS.filter((x) => !rule.appliesTo.jurisdictions.includes(x))) {
      const ev = evaluateOn(bare(rule, j), '2026-11-24', [rule.id]);
      expect(ev.checklist).toEqual([]);
      expect(ev.findings).toEqual([]);
    }
  });

  it('reports nothing on a case no screen has shown yet, on any day', () => {
    fc.assert(
      fc.property(asOf, (day) => {
        const ev = evaluateOn(bare(rule, rule.appliesTo.jurisdictions[0]!), day, [rule.id]);
        expect(ev.findings).toEqual([]);
        // A duty the worker confirms from the case file is "to confirm", never done or missed.
        for (const item of ev.checklist) expect(['unknown', 'open', 'due-soon', 'to-confirm']).toContain(item.status);
      }),
      { numRuns: 25 },
    );
  });
});
