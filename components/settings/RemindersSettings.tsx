/** Opt-in reminders: a daily summary (counts only) at a chosen time. Nothing unless switched on. */
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { useUserSettings } from '../hooks/use-user-settings';

export function RemindersSettings({ effective }: { effective: EffectiveSettings }) {
  const [, update] = useUserSettings();
  const [message, setMessage] = useState('');
  const ids = useId();
  const { enabled, dailyAt } = effective.settings.reminders;
  const managed = effective.managedKeys.includes('reminders');
  const toggle = async (on: boolean) => {
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false))) {
      setMessage('Reminders need permission to show notifications; it was not given.');
      return;
    }
    const err = await update({ reminders: { enabled: on, dailyAt } });
    setMessage(err ?? (on ? `A daily summary will appear at ${dailyAt}.` : 'Reminders are off.'));
  };
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Reminders</h2>
      <div className="row">
        <input id={`${ids}-on`} type="checkbox" checked={enabled} disabled={managed} onChange={(e) => void toggle(e.target.checked)} />
        <label htmlFor={`${ids}-on`}>Daily summary of duties due and overdue</label>
      </div>
      <div className="row">
        <label htmlFor={`${ids}-at`}>At</label>
        <input
          id={`${ids}-at`}
          type="time"
          defaultValue={dailyAt}
          disabled={managed}
          onBlur={(e) => void update({ reminders: { enabled, dailyAt: e.target.value } }).then((err) => setMessage(err ?? 'Saved.'))}
        />
      </div>
      <p className="hint">Notifications say how many cases need you, never which: they can show on a locked screen.</p>
      <p role="status" className="status">
        {message}
      </p>
    </section>
  );
}
