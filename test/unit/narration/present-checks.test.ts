import { describe, expect, it } from 'vitest';
import { presentChecks } from '../../../lib/narration/present-checks';
import { blocksInsert } from '../../../lib/narration/lint';
import { run } from './helpers';

const rules = (list: Array<{ rule: string }>) => list.map((i) => i.rule);

describe('what the studio shows of the checks', () => {
  it('an untouched EA note shows what is still to fill, not seven errors', () => {
    const { issues } = run('ak-ea-clno', {});
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(7);
    const shown = presentChecks(issues, false);
    expect(shown.problems).toEqual([]);
    expect(shown.toFill.map((i) => i.field)).toEqual(['education', 'workHistory', 'strengths', 'barriers', 'discrepancies', 'nextSteps']);
    expect(blocksInsert(issues)).toBe(true); // Insert still refuses: the prompts turn into errors on an attempt
  });

  it('after an insert attempt, the missing fields are problems that stop the insert', () => {
    const { issues } = run('ak-supportive-services', { support: 'Bus pass', need: 'Starts a placement next week and has no car.' });
    const before = presentChecks(issues, false);
    expect(before.toFill.map((i) => i.field)).toEqual(['amount']);
    const after = presentChecks(issues, true);
    expect(after.toFill).toEqual([]);
    expect(after.problems.filter((i) => i.blocks).map((i) => i.field)).toEqual(['amount']);
  });

  it('the "[Label]" holes in an unfinished note are not reported as characters the screen refuses', () => {
    const { issues } = run('or-tcm-service', {});
    expect(rules(issues)).toContain('character-not-allowed');
    expect(rules(presentChecks(issues, false).problems)).toEqual([]);
  });

  it('what the worker typed that breaks a rule shows at once, even in an unfinished note', () => {
    const { issues } = run('ak-supportive-services', { support: 'Bus pass', need: 'Client SSN 123-45-6789 given for the bus pass.' });
    expect(rules(presentChecks(issues, false).problems)).toContain('ssn');
  });

  it('a complete note shows every problem, and what fitting fixes by itself apart', () => {
    const { issues } = run('or-tcm-service', { service: 'case-plan' });
    const shown = presentChecks(issues, false);
    expect(shown.toFill).toEqual([]);
    expect(rules(shown.fitted)).toContain('not-upper-case');
    expect(shown.problems).toEqual([]);
  });
});
