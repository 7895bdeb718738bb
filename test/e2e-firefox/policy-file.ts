/**
 * Where Firefox reads enterprise policy on Linux, and how the tests give it one without
 * changing the system install. Firefox reads /etc/firefox/policies/policies.json (Debian's
 * firefox-esr too) before anything else; with the pref toolkit.policies.perUserDir it reads
 * /run/user/<uid>/firefox/policies.json instead, and only a Firefox launched with that pref does.
 * (browser.policies.alternatePath works only in test builds or Nightly, not in ESR.)
 */
import { existsSync } from 'node:fs';
import { writePolicyFile, type WrittenFile } from '../e2e/shared/privileged-files';

export const SYSTEM_POLICIES = '/etc/firefox/policies/policies.json';

const uid = () => (typeof process.getuid === 'function' ? process.getuid() : 0);

export const perUserPoliciesFile = (): string => `/run/user/${uid()}/firefox/policies.json`;

export async function writeFirefoxPolicies(content: unknown): Promise<WrittenFile> {
  if (existsSync(SYSTEM_POLICIES)) {
    throw new Error(`${SYSTEM_POLICIES} exists: Firefox reads it before any per-user policy, so this test cannot give Firefox its own. Move it away while the tests run.`);
  }
  return writePolicyFile(perUserPoliciesFile(), content, { folderMode: 0o700, owner: uid() });
}
