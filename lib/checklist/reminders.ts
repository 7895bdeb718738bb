/**
 * Opt-in reminders: when the next daily summary is due, and what it says. The summary carries
 * counts only (no case numbers or names): notifications show on lock screens and in the OS.
 */
export function nextDailyAt(dailyAt: string, now: Date): number {
  const [h, m] = dailyAt.split(':').map(Number) as [number, number];
  const next = new Date(now);
  next.setHours(h, m, 0, 0); // the worker's own clock
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime();
}

export function summaryText(counts: { overdue: number; dueToday: number; dueThisWeek: number }): string | null {
  if (!counts.overdue && !counts.dueToday && !counts.dueThisWeek) return null;
  const parts = [
    counts.overdue ? `${counts.overdue} case${counts.overdue === 1 ? '' : 's'} with overdue duties` : '',
    counts.dueToday ? `${counts.dueToday} due today` : '',
    counts.dueThisWeek ? `${counts.dueThisWeek} due this week` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}. Open CaseLens to see them.`;
}
