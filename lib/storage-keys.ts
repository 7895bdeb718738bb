/** Extension storage keys, in one place so every part of CaseLens agrees on them. */

/** storage.local: the worker's own settings (validated on read). */
export const SETTINGS_KEY = 'settings';
/** storage.local: screen profiles the worker imported or taught. */
export const IMPORTED_PROFILES_KEY = 'importedProfiles';
/** storage.local: the validated profiles in force, published by the background for content scripts. */
export const PROFILES_IN_FORCE_KEY = 'profilesInForce';
/** storage.session: the legacy screen the worker looked at last. */
export const ACTIVE_CONTEXT_KEY = 'activeContext';
