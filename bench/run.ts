/**
 * `npm run bench`: what a worker feels, measured in Debian's Chromium with the demo build of
 * CaseLens loaded (built first unless SKIP_BUILD is set), on the demo system, and written to
 * docs/performance.md with each figure against its budget. The machine's load average is
 * recorded before and after each part: figures from a busy machine say so.
 */
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { startDemoServer } from '../demo/server';
import { DEMO_PORT } from '../lib/origins/demo';
import { buildDemo } from '../scripts/build-demo';
import { ensureChromium } from '../scripts/ensure-browsers';
import { EXTENSION_DIR } from '../scripts/launch-extension';
import { emptyExtension, launch } from './extension/harness';
import { pageLoad } from './extension/page-load';
import { screenChange } from './extension/screen-change';
import { largeRead } from './extension/large-read';
import { sidePanel } from './extension/side-panel';
import { seedCases } from './extension/seed';
import { caseloadTab } from './extension/caseload-tab';
import { dailyPass } from './extension/daily-pass';
import { coldStart } from './extension/cold-start';
import { listingFill } from './extension/listing-fill';
import { report, type Loads, type Results } from './extension/report';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CASES = 10_000;

const loadavg = () => os.loadavg().map((v) => Number(v.toFixed(2))) as [number, number, number];

async function part<T>(name: string, loads: Loads, run: () => Promise<T>): Promise<T> {
  process.stdout.write(`bench: ${name}…\n`);
  const before = loadavg();
  const result = await run();
  loads[name] = { before, after: loadavg() };
  return result;
}

async function main(): Promise<void> {
  ensureChromium();
  if (!process.env.SKIP_BUILD && buildDemo() !== 0) process.exit(1);
  const size = (file: string) => gzipSync(readFileSync(`${EXTENSION_DIR}/${file}`)).length;
  const loads: Loads = {};
  const demo = await startDemoServer({ port: DEMO_PORT });
  const withCaseLens = await launch(true);
  const without = await launch(false);
  const empty = await launch(await emptyExtension(demo.url));
  const control = await launch(false);
  const results: Partial<Results> = {
    sizes: { firstStage: size('caselens-page.js'), reader: size('caselens-reader.js'), tools: size('caselens-tools.js') },
  };
  try {
    results.pageLoad = await part('page loads, with and without CaseLens', loads, () => pageLoad(withCaseLens.context, without.context, empty.context, control.context, demo.url, PAIRS));
    await without.close();
    await empty.close();
    await control.close();
    results.screenChange = await part('screen change → marks', loads, () => screenChange(withCaseLens.context, demo.url, RUNS));
    results.largeRead = await part('1000-row frame → checked read', loads, () => largeRead(withCaseLens.context, demo.url, RUNS));
    results.sidePanel = await part('side panel → first finding', loads, () => sidePanel(withCaseLens.context, demo.url, RUNS));
    await part(`${CASES} cases stored`, loads, () => seedCases(withCaseLens.context, CASES));
    results.caseload = await part('caseload tab → rows shown', loads, () => caseloadTab(withCaseLens.context, RUNS));
    results.dailyPass = await part('nightly pass vs a screen', loads, () => dailyPass(withCaseLens.context, demo.url, 20));
    await withCaseLens.close();
    results.coldStart = await part('cold start → first mark', loads, () => coldStart(demo.url, 5));
    results.listingFill = await part('caseload listing → caseload filled', loads, () => listingFill(demo.url, 3));
  } finally {
    await withCaseLens.close().catch(() => {});
    await without.close().catch(() => {});
    await empty.close().catch(() => {});
    await control.close().catch(() => {});
    await demo.close();
  }
  const text = report(results as Results, loads, { pairs: PAIRS, runs: RUNS, cases: CASES });
  await writeFile('docs/performance.md', text);
  process.stdout.write(text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
