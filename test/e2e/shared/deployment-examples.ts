/**
 * The example policy files of docs/deployment.md, as the e2e tests load them. What an agency
 * fills in is replaced by what the test environment has: the extension id (the demo build's)
 * and the agency's legacy host (the demo system), and for Firefox the package's address (the
 * demo build packed as an .xpi). Everything else is used as written.
 */
import { readFileSync } from 'node:fs';
import { DEMO_EXTENSION_ID, DEMO_PORT } from '../../../lib/origins/demo';
import { GECKO_ID } from '../../../lib/origins/extension-ids';
import { settingName } from '../../../components/settings/setting-names';

export const EXAMPLES = {
  chromeSettings: 'docs/deployment/chrome-edge-caselens-policy.json',
  chromeInstall: 'docs/deployment/chrome-install-policy.json',
  edgeInstall: 'docs/deployment/edge-install-policy.json',
  firefox: 'docs/deployment/firefox-policies.json',
} as const;

/** What each example says in place of the agency's own values. */
export const PLACEHOLDERS = {
  extensionId: 'REPLACE_WITH_CASELENS_EXTENSION_ID',
  agencyHost: 'https://tracs.dhs.example.gov/*',
  xpiUrl: 'https://it.dhs.example.gov/caselens/caselens-firefox.xpi',
} as const;

/** The agency host as the demo build reaches the demo system (Firefox patterns take no port). */
export const demoHostPattern = (browser: 'chromium' | 'firefox') => (browser === 'firefox' ? 'http://127.0.0.1/*' : `http://127.0.0.1:${DEMO_PORT}/*`);

const read = (file: string) => readFileSync(file, 'utf8');
const replaceAll = (text: string, from: string, to: string) => text.split(from).join(to);

export interface CaseLensPolicy {
  settings: Record<string, unknown>;
  profiles: Array<{ id: string; title: string }>;
  policyPacks?: string[];
}

/** docs/deployment/chrome-edge-caselens-policy.json for the demo build in Chromium. */
export function chromePolicyForDemo(): { file: Record<string, unknown>; caselens: CaseLensPolicy } {
  let text = read(EXAMPLES.chromeSettings);
  text = replaceAll(text, PLACEHOLDERS.extensionId, DEMO_EXTENSION_ID);
  text = replaceAll(text, PLACEHOLDERS.agencyHost, demoHostPattern('chromium'));
  const file = JSON.parse(text) as { '3rdparty': { extensions: Record<string, CaseLensPolicy> } };
  return { file, caselens: file['3rdparty'].extensions[DEMO_EXTENSION_ID]! };
}

/** docs/deployment/firefox-policies.json for the demo build in Firefox, installed from `xpiUrl`. */
export function firefoxPoliciesForDemo(xpiUrl: string): { file: Record<string, unknown>; caselens: CaseLensPolicy } {
  let text = read(EXAMPLES.firefox);
  text = replaceAll(text, PLACEHOLDERS.xpiUrl, xpiUrl);
  text = replaceAll(text, PLACEHOLDERS.agencyHost, demoHostPattern('firefox'));
  const file = JSON.parse(text) as { policies: { '3rdparty': { Extensions: Record<string, CaseLensPolicy> } } };
  return { file, caselens: file.policies['3rdparty'].Extensions[GECKO_ID]! };
}

/** How Settings names the keys the policy sets ("Your agency manages these settings: …"). */
export const lockedNames = (policy: CaseLensPolicy): string[] => Object.keys(policy.settings).map(settingName);
