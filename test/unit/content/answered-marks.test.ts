/**
 * Going back to a screen shows the marks the service worker answered for that very read at once
 * (entrypoints/content/answered-marks.ts): only for the same read, only the last few, and none
 * once the case or the profiles changed.
 */
import { describe, expect, it } from 'vitest';
import { AnsweredMarks } from '../../../entrypoints/content/answered-marks';
import type { MarkFinding } from '../../../lib/messages';

const mark = (ruleId: string) => ({ ruleId }) as unknown as MarkFinding;

describe('marks answered for a read', () => {
  it('are given back for the same read only', () => {
    const answered = new AnsweredMarks();
    answered.remember(101, [mark('ak-ea-within-30-days')]);
    expect(answered.get(101)?.map((m) => m.ruleId)).toEqual(['ak-ea-within-30-days']);
    expect(answered.get(102)).toBeUndefined();
    expect(answered.get(undefined)).toBeUndefined();
  });

  it('keep the last few reads, the oldest dropped first; a read answered again counts as new', () => {
    const answered = new AnsweredMarks(2);
    answered.remember(1, [mark('a')]);
    answered.remember(2, [mark('b')]);
    answered.remember(1, [mark('a2')]);
    answered.remember(3, [mark('c')]);
    expect(answered.get(2)).toBeUndefined();
    expect(answered.get(1)?.[0]?.ruleId).toBe('a2');
    expect(answered.get(3)?.[0]?.ruleId).toBe('c');
  });

  it('are forgotten when the case or the profiles changed', () => {
    const answered = new AnsweredMarks();
    answered.remember(1, [mark('a')]);
    answered.clear();
    expect(answered.get(1)).toBeUndefined();
  });
});
