/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org
 * runs) on the Firefox builds. Fails on any error, notice or warning except the known library
 * statements listed below, each matched to the exact code it is about.
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
 * Library code the linter flags that never puts page or user text into a live document, each
 * matched to the exact statement (the code at the flagged column and what precedes it).
 */
const KNOWN: Array<{ file: RegExp; at: RegExp; before?: RegExp; why: string }> = [
  {
    // CaseLens never passes dangerouslySetInnerHTML (the eslint config forbids it).
    why: "React DOM's dangerouslySetInnerHTML support, bundled but never used",
    file: /^chunks\/.+\.js$/,
    at: /^\w+\.innerHTML=\w+\)/,
    before: /\.__html!==\w+&&\($/,
  },
  {
    // entrypoints/policy-watch.ts hands Readability a clone of the page (document.cloneNode):
    // a document with no browsing context, where markup is never rendered or run.
    why: "Readability restoring its own copy of the cloned page's markup",
    file: /^policy-watch\.js$/,
    at: /^\w+\.innerHTML=\w+,this\._attempts\.push\(/,
  },
  {
    why: "Readability unwrapping a <noscript> image in the cloned page",
    file: /^policy-watch\.js$/,
    at: /^\w+\.innerHTML=\w+\.innerHTML;/,
    before: /this\._isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\("div"\);$/,
  },
];

function isKnown(m: LintMessage, dir: string): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) return false;
  const line = readFileSync(path.join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  // Columns count from 1.
  const at = line.slice(m.column - 1);
  const before = line.slice(Math.max(0, m.column - 80), m.column - 1);
  return KNOWN.some((k) => k.file.test(m.file!) && k.at.test(at) && (!k.before || k.before.test(before)));
}

export function lintFirefox(dir: string): string[] {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { errors: LintMessage[]; notices: LintMessage[]; warnings: LintMessage[] };
  const all = [...report.errors, ...report.notices, ...report.warnings.filter((w) => !isKnown(w, dir))];
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
