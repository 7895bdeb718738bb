/**
 * Where the policy texts are, if anywhere. They are not part of this repository (see
 * ../shared/policy/README.md in the workspace): a lone clone has none. Only the quote check
 * (test/unit/policy/citation-quotes.test.ts) reads them, from CASELENS_POLICY_DIR, which CI
 * sets (.ci/run); every other test passes without them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const POLICY_DIR_VARIABLE = 'CASELENS_POLICY_DIR';

/** The folder named by CASELENS_POLICY_DIR (resolved from the working directory), or undefined when unset. */
export function policyDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[POLICY_DIR_VARIABLE]?.trim();
  return value ? path.resolve(value) : undefined;
}

/**
 * Policy text as a reader sees it: the captured pages carry markdown emphasis (**...**) and
 * escapes (\$1500) and break lines mid-sentence; quotes are compared without those.
 */
export const readable = (text: string): string => text.replace(/\*\*/g, '').replace(/\\([$*_])/g, '$1').replace(/\s+/g, ' ').trim();

export function readPolicyText(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!existsSync(full)) throw new Error(`${POLICY_DIR_VARIABLE}=${dir} has no ${file}`);
  return readable(readFileSync(full, 'utf8'));
}
