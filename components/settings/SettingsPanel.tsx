/** Settings: screen profiles, agency configuration, data care. Enterprise-set values are read-only. */
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { ProfileSettings } from './ProfileSettings';
import { DataCareSettings } from './DataCareSettings';
import { RemindersSettings } from './RemindersSettings';
import { AgencySettings } from './AgencySettings';
import { SharedScreenSettings } from './SharedScreenSettings';
import { AboutSettings } from './AboutSettings';
import { PolicySettings } from './PolicySettings';
import { settingName } from './setting-names';

export function SettingsPanel({ effective }: { effective: EffectiveSettings }) {
  return (
    <>
      <AboutSettings />
      {effective.managedKeys.length > 0 && (
        <p className="hint" data-testid="managed-notice">
          Your agency manages these settings: {effective.managedKeys.map(settingName).join(', ')}. They are shown but cannot be changed here.
        </p>
      )}
      <RemindersSettings effective={effective} />
      <SharedScreenSettings effective={effective} />
      <DataCareSettings effective={effective} />
      <ProfileSettings />
      <AgencySettings effective={effective} />
      <PolicySettings effective={effective} />
    </>
  );
}
