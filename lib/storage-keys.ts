/** Extension storage keys, in one place so every part of CaseLens agrees on them. */

/** storage.local: the worker's own settings (validated on read). */
export const SETTINGS_KEY = 'settings';
/** storage.local: policy packs the worker (or agency staff) imported, as their JSON objects. */
export const POLICY_PACKS_KEY = 'policyPacks';
/** storage.local: screen profiles the worker imported or taught. */
export const IMPORTED_PROFILES_KEY = 'importedProfiles';
/**
 * storage.session: per browser window, the legacy screen in the tab the worker is looking at
 * (`Record<windowId, ActiveContext>`). Extension storage is open to CaseLens's own pages only:
 * content scripts get what they need by message.
 */
export const ACTIVE_CONTEXTS_KEY = 'activeContexts';
/**
 * storage.local: the enterprise policy (storage.managed) as last seen, so CaseLens starts with
 * it at once; the background replaces it whenever the browser answers with a different one.
 */
export const MANAGED_POLICY_KEY = 'managedPolicy';
/** storage.session: a tab the side panel should show next (set by a keyboard command). */
export const PANEL_VIEW_KEY = 'panelView';
/**
 * storage.session: the side panel's RMSS guide result (recommendations, the confirmed case
 * identifier, and that case's names and birth dates for the comment check), which the
 * background passes to the survey-form overlay by message. Session storage stays in memory and
 * is cleared when the browser restarts.
 */
export const RMSS_GUIDE_KEY = 'rmssGuide';
/** storage.local: the first-run page was shown on this browser profile (never shown twice). */
export const FIRST_RUN_SHOWN_KEY = 'firstRunShown';
/**
 * storage.local: screens saved as tests in the Screens tab (synthetic copies with their expected
 * reads, lib/screen-tests), kept until exported or removed.
 */
export const SCREEN_TESTS_KEY = 'screenTests';
/** storage.local: what the policy watch noticed on each policy manual page seen (lib/policy-watch). */
export const POLICY_WATCH_KEY = 'policyWatch';
