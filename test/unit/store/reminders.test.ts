import { describe, expect, it } from 'vitest';
import { nextDailyAt, summaryText } from '../../../lib/checklist/reminders';

describe('reminders', () => {
  it('schedules the next daily summary at the chosen local time, tomorrow when it has passed', () => {
    const now = new Date(2026, 10, 23, 7, 30);
    expect(new Date(nextDailyAt('08:00', now))).toEqual(new Date(2026, 10, 23, 8, 0));
    expect(new Date(nextDailyAt('07:30', now))).toEqual(new Date(2026, 10, 24, 7, 30));
    expect(new Date(nextDailyAt('06:00', new Date(2026, 11, 31, 9, 0)))).toEqual(new Date(2027, 0, 1, 6, 0));
  });

  it('says counts only, and nothing when nothing is due', () => {
    expect(summaryText({ overdue: 2, dueToday: 1, dueThisWeek: 0 })).toBe('2 cases with overdue duties, 1 due today. Open CaseLens to see them.');
    expect(summaryText({ overdue: 0, dueToday: 0, dueThisWeek: 0 })).toBeNull();
  });
});
