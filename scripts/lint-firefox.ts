/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org
 * runs) on the Firefox builds. Fails on any error, notice or warning except the one kind listed
 * below, each matched to the exact code it is about.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * React DOM's support for `dangerouslySetInnerHTML` is in the bundle (react-dom cannot be built
 * without it); the linter flags its `innerHTML = __html`. CaseLens never passes that prop (the
 * eslint config forbids it and any innerHTML assignment), so the code never runs.
 */
function isReactDomHtmlProp(m: LintMessage, dir: string): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) return false;
  const line = readFileSync(path.join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  // The flagged assignment (columns count from 1), right after React's check of the prop.
  const at = line.slice(m.column - 1);
  const before = line.slice(Math.max(0, m.column - 40), m.column - 1);
  return /^\w+\.innerHTML=\w+\)/.test(at) && /\.__html!==\w+&&\($/.test(before);
}

export function lintFirefox(dir: string): string[] {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { errors: LintMessage[]; notices: LintMessage[]; warnings: LintMessage[] };
  const all = [...report.errors, ...report.notices, ...report.warnings.filter((w) => !isReactDomHtmlProp(w, dir))];
  return all.map((m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`);
}

const isMain = process.argv[1]?.endsWith('lint-firefox.ts');
if (isMain) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/firefox-mv2', '.output/firefox-mv2-demo'];
  let failed = false;
  for (const dir of dirs) {
    const problems = lintFirefox(dir);
    console.log(`web-ext lint ${dir}: ${problems.length ? `${problems.length} problem(s)` : 'clean'}`);
    for (const p of problems) console.log(`  ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
