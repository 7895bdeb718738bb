/** Names on screen: the caseload shows household names unless the worker (or agency) turns them off. */
import { useId, useState } from 'react';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { useUserSettings } from '../hooks/use-user-settings';

export function SharedScreenSettings({ effective }: { effective: EffectiveSettings }) {
  const [, update] = useUserSettings();
  const [message, setMessage] = useState('');
  const ids = useId();
  const managed = effective.managedKeys.includes('showHouseholdNames');
  const toggle = async (on: boolean) => {
    const err = await update({ showHouseholdNames: on });
    setMessage(err ?? (on ? 'The caseload shows household names.' : 'The caseload shows case numbers only.'));
  };
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Names on screen</h2>
      <div className="row">
        <input
          id={`${ids}-names`}
          type="checkbox"
          checked={effective.settings.showHouseholdNames}
          disabled={managed}
          aria-describedby={`${ids}-hint`}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <label htmlFor={`${ids}-names`}>Show household names in the caseload</label>
      </div>
      <p id={`${ids}-hint`} className="hint">
        Turn this off on a shared or projected screen: the caseload then lists case numbers only.{managed ? ' Set by your agency.' : ''}
      </p>
      <p role="status" className="status">
        {message}
      </p>
    </section>
  );
}
