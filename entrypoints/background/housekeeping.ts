/**
 * Daily housekeeping on alarms: retention (purge cases not seen for N days, old history),
 * caseload summaries brought to today, and the opt-in daily reminder (counts only).
 */
import { browser } from 'wxt/browser';
import { addDays } from '../../lib/dates/date-math';
import { todayIn } from '../../lib/dates/iso-date';
import { nextDailyAt, summaryText } from '../../lib/checklist/reminders';
import type { CaseEvaluatorFn } from '../../lib/checklist/case-evaluator';
import type { Settings } from '../../lib/config/settings-schema';
import { refreshAllSummaries } from '../../lib/store/case-service';
import { purgeHistory, purgeStale } from '../../lib/store/data-care';
import type { CaseLensDb } from '../../lib/store/db';
import { perfMark } from '../../lib/perf-marks';

export const DAILY_ALARM = 'caselens-daily';
export const REMINDER_ALARM = 'caselens-reminder';

/**
 * Retention first, then every summary brought to today. `pause` is awaited between small
 * slices (the background passes one that waits while screen reads are answered, and keeps the
 * worker awake through a long pass).
 */
export async function dailyCare(db: CaseLensDb, settings: Settings, evaluate: CaseEvaluatorFn, now = new Date(), pause: () => Promise<void> = async () => {}): Promise<void> {
  perfMark('daily-start', 'daily');
  await pause();
  await purgeStale(db, settings.retentionDays, now);
  await pause();
  await purgeHistory(db, settings.narrationHistoryDays, settings.rmssHistoryDays, now);
  await refreshAllSummaries(db, evaluate, pause);
  perfMark('daily-end', 'daily');
}

/** (Re)schedules the alarms for the current settings: the daily care always, the reminder only when opted in. */
export async function scheduleAlarms(settings: Settings, now = new Date()): Promise<void> {
  if (!(await browser.alarms.get(DAILY_ALARM))) await browser.alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  await browser.alarms.clear(REMINDER_ALARM);
  if (settings.reminders.enabled) {
    await browser.alarms.create(REMINDER_ALARM, { when: nextDailyAt(settings.reminders.dailyAt, now), periodInMinutes: 24 * 60 });
  }
}

export async function sendReminder(db: CaseLensDb, settings: Settings, now = new Date()): Promise<void> {
  if (!settings.reminders.enabled || !browser.notifications) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);
  const [overdue, dueToday, dueThisWeek] = await Promise.all([
    db.caseload.where('nextDue').below(today).count(),
    db.caseload.where('nextDue').equals(today).count(),
    db.caseload.where('nextDue').between(today, addDays(today, 7), false, true).count(),
  ]);
  const message = summaryText({ overdue, dueToday, dueThisWeek });
  if (!message) return;
  await browser.notifications.create('caselens-daily-summary', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'CaseLens: today\'s duties',
    message,
  });
}
