/**
 * The caseload queries at 10 000 cases on Chromium's own IndexedDB (the extension's real
 * storage): the bench code is bundled with esbuild and run in a page of the demo server.
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../demo/server';
import { CHROMIUM } from '../scripts/launch-extension';
import type { CaseRecord } from '../lib/store/db';
import type { Timing } from './measure';

const stats = (name: string, samples: number[]): Timing => {
  const s = [...samples].sort((a, b) => a - b);
  return { name, runs: s.length, medianMs: s[Math.floor(s.length / 2)]!, p95Ms: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
};

export async function chromiumCaseloadBench(records: CaseRecord[], asOf: string): Promise<Timing[]> {
  const bundle = await build({ entryPoints: ['bench/browser/caseload-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' });
  const demo = await startDemoServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const r = await page.evaluate(
      ([rows, day]) => (window as unknown as { runCaseloadBench: (r: unknown, d: string) => Promise<Record<string, number[]>> }).runCaseloadBench(rows, day),
      [records, asOf] as const,
    );
    return [
      stats('first page (100) by next due', r.firstPage!),
      stats('overdue only', r.overdue!),
      stats('search by case number prefix', r.search!),
      stats('Alaska, Work First, due this week', r.filtered!),
      stats('monthly review progress', r.review!),
    ];
  } finally {
    await browser.close();
    await demo.close();
  }
}
