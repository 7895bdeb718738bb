/**
 * CaseLens's Firefox add-on id (manifest browser_specific_settings.gecko.id), the same in the
 * store and demo builds: enterprise policy (ExtensionSettings, 3rdparty) names the add-on by it.
 */
export const GECKO_ID = 'caselens@example.org';
