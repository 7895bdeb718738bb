/**
 * The example policy files of docs/deployment.md are what CaseLens accepts: every setting valid,
 * every profile valid, nothing Chrome's filter would drop, the same CaseLens values for Chrome,
 * Edge and Firefox, and the placeholders an agency fills in where the e2e tests replace them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSettingsPart } from '../../../lib/config/effective-settings';
import { validateProfiles } from '../../../lib/config/profile-set';
import { policyInForce } from '../../../lib/policy-pack/in-force';
import { GECKO_ID } from '../../../lib/origins/extension-ids';
import { EXAMPLES, PLACEHOLDERS } from '../../e2e/shared/deployment-examples';
import { chromeFilter } from '../helpers/chrome-policy-filter';
import type { ChromeSchema } from '../../../scripts/managed-schema/chrome-schema';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const chrome = json(EXAMPLES.chromeSettings)['3rdparty'].extensions[PLACEHOLDERS.extensionId];
const firefox = json(EXAMPLES.firefox).policies;
const schema = json('public/managed-schema.json') as ChromeSchema;

describe('docs/deployment examples', () => {
  it('carry valid settings and profiles, which Chrome passes on unchanged', () => {
    expect(validateSettingsPart(chrome.settings, 'Example').problems).toEqual([]);
    expect(validateProfiles(chrome.profiles, 'Example').problems).toEqual([]);
    expect(chromeFilter(schema, chrome)).toEqual(chrome);
  });

  it('carry a policy pack as JSON text that CaseLens applies from enterprise policy', () => {
    const inForce = policyInForce(undefined, chrome.policyPacks);
    expect(inForce.problems).toEqual([]);
    expect(inForce.sources).toEqual({ 'ak-office-closures-2026': 'enterprise policy' });
  });

  it('give Firefox the same CaseLens values, by the add-on id, installed from the agency package', () => {
    expect(firefox['3rdparty'].Extensions[GECKO_ID]).toEqual(chrome);
    expect(firefox.ExtensionSettings[GECKO_ID]).toMatchObject({ installation_mode: 'force_installed', install_url: PLACEHOLDERS.xpiUrl });
  });

  it('name CaseLens by the placeholder an agency replaces, and force-install it from each store', () => {
    expect(json(EXAMPLES.chromeInstall).ExtensionSettings[PLACEHOLDERS.extensionId]).toMatchObject({
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    });
    expect(json(EXAMPLES.edgeInstall).ExtensionSettings[PLACEHOLDERS.extensionId]).toMatchObject({
      installation_mode: 'force_installed',
      update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
    });
    expect(readFileSync(EXAMPLES.chromeSettings, 'utf8')).toContain(PLACEHOLDERS.agencyHost);
  });
});
