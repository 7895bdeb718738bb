/**
 * `npx caselens-profiles test DIR [DIR...] [--update] [--quiet] [--year YYYY]`: checks an agency's
 * profile files against its saved screens before they are pushed by policy. Prints, per screen,
 * the profile that recognised it and each fact read; exits 1 when any screen no longer reads as
 * its expected read says (each difference named), has no expected read, or a profile file is
 * broken. `--update` records what is read now as the expected read.
 */
import path from 'node:path';
import { runProfileTests, type FixtureResult } from './run';

const USAGE = `Usage: caselens-profiles test DIR [DIR...] [--update] [--quiet] [--year YYYY]

  Reads every saved screen under the folders (NAME.html with NAME.expected.json beside it, or
  NAME.screen-test.json from CaseLens's Screens tab) with CaseLens's built-in profiles and the
  profile files found there (a profile file replaces the built-in profile with the same id), and
  compares each read with the expected one.

  --update   record what is read now as each screen's expected read
  --quiet    print only the screens that changed
  --year     reference year for two-digit dates of screens recorded with --update (default: this year)
`;

const out = (line = '') => process.stdout.write(`${line}\n`);
const rel = (file: string) => path.relative(process.cwd(), file) || file;
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function printRead(r: FixtureResult): void {
  for (const [fact, value] of Object.entries(r.read.facts)) out(`    ${fact} = ${show(value)}`);
  for (const fact of r.read.blank) out(`    ${fact}: shown blank`);
  for (const fact of r.read.unreadable) out(`    ${fact}: shown, not readable`);
  for (const p of r.read.problems) out(`    problem: ${p}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'test') {
    process.stderr.write(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const yearAt = rest.indexOf('--year');
  const year = yearAt >= 0 ? Number(rest[yearAt + 1]) : undefined;
  const dirs = rest.filter((a, i) => !a.startsWith('--') && !(yearAt >= 0 && i === yearAt + 1));
  if (!dirs.length || (year !== undefined && !Number.isInteger(year))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const run = await runProfileTests(dirs, { update: flags.has('--update'), year });
  const quiet = flags.has('--quiet');
  out(`caselens-profiles: ${run.profiles.length} profiles in use (built-in, and ${run.profileFiles.length} profile file${run.profileFiles.length === 1 ? '' : 's'}${run.profileFiles.length ? `: ${run.profileFiles.map(rel).join(', ')}` : ''})`);
  for (const e of run.errors) out(`✗ ${e}`);
  let changed = 0;
  for (const r of run.results) {
    const who = r.read.profileId ? `${r.title ?? r.read.profileId} [${r.read.profileId}${r.read.profileVersion ? ` ${r.read.profileVersion}` : ''}]` : 'no profile recognises it';
    const bad = r.differences.length > 0 || !!r.missing;
    if (bad) changed++;
    if (quiet && !bad) continue;
    out(`${bad ? '✗' : r.updated ? '↻' : '✓'} ${rel(r.file)}: ${who}`);
    if (r.missing) out(`    ${r.missing}`);
    for (const d of r.differences) out(`    ${d}`);
    if (!quiet && !bad) printRead(r);
  }
  const n = run.results.length;
  if (!n) out('No saved screens found: NAME.html with NAME.expected.json beside it, or NAME.screen-test.json from the Screens tab.');
  else if (flags.has('--update')) out(`${n} screen${n === 1 ? '' : 's'}: expected reads recorded.`);
  else out(changed ? `${changed} of ${n} screens no longer read as expected (see ✗ above).` : `${n} screen${n === 1 ? '' : 's'}: every one read as expected.`);
  return run.errors.length || changed || !n ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
