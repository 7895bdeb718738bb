/** Extension storage keys, in one place so every part of CaseLens agrees on them. */

/** storage.local: the worker's own settings (validated on read). */
export const SETTINGS_KEY = 'settings';
/** storage.local: screen profiles the worker imported or taught. */
export const IMPORTED_PROFILES_KEY = 'importedProfiles';
/** storage.local: the validated profiles in force, published by the background for content scripts. */
export const PROFILES_IN_FORCE_KEY = 'profilesInForce';
/** storage.session: the legacy screen the worker looked at last. */
export const ACTIVE_CONTEXT_KEY = 'activeContext';
/** storage.session: a tab the side panel should show next (set by a keyboard command). */
export const PANEL_VIEW_KEY = 'panelView';
/** storage.local: the validated RMSS surveys in force, published by the background for content scripts. */
export const SURVEYS_IN_FORCE_KEY = 'surveysInForce';
/**
 * storage.session: the side panel's RMSS guide result for the page overlay (recommendations,
 * the confirmed case identifier, and that case's names and birth dates for the comment check).
 * Session storage stays in memory and is cleared when the browser restarts.
 */
export const RMSS_GUIDE_KEY = 'rmssGuide';
