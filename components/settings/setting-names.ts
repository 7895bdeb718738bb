/**
 * Each setting as a worker would call it, for "Your agency manages these settings: …". A
 * Record over every key, so a new setting without a name is a compile error.
 */
import type { Settings } from '../../lib/config/settings-schema';

export const SETTING_NAMES: Record<keyof Settings, string> = {
  schemaVersion: 'settings version',
  tcmServices: 'TCM-eligible services',
  tcmLookbackDays: 'how far back TCM services are checked',
  timeZones: 'time zones',
  calendars: 'holiday calendars',
  closures: 'office closure days',
  dueSoonBusinessDays: 'when a duty is "due soon"',
  retentionDays: 'how long cases are kept',
  narrationHistoryDays: 'how long inserted narration is kept',
  rmssHistoryDays: 'how long the RMSS record is kept',
  reminders: 'reminders',
  agencyHosts: 'legacy system addresses',
  systemHosts: 'which addresses each legacy system uses',
  policyManualUrls: 'policy manual pages to watch',
  disabledRules: 'checks switched off',
  showHouseholdNames: 'household names in the caseload',
  vagueClnoTitles: 'CLNO titles too vague to use',
  clnoKinds: 'kinds of client notes',
  contactMethods: 'contact methods',
  narrationKinds: 'kinds of narration',
};

export const settingName = (key: string): string => SETTING_NAMES[key as keyof Settings] ?? key;
