/** 10 000 cases in CaseLens's database, for the caseload, side panel and daily-pass benches. */
import { build } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import { DemoState } from '../../demo/data/state';
import { builtInKnowledge } from '../../lib/knowledge';
import { makeEvaluator } from '../../lib/checklist/case-evaluator';
import { DEFAULT_SETTINGS } from '../../lib/config/settings-schema';
import { summarise } from '../../lib/store/case-service';
import type { CaseRecord } from '../../lib/store/db';
import { extensionIdOf } from '../../scripts/launch-extension';
import { evaluateDemoFacts } from '../demo-facts';

/** The demo cases as CaseLens stores them after reading their screens today. */
export function demoRecords(): CaseRecord[] {
  const now = new Date();
  const evaluate = makeEvaluator(DEFAULT_SETTINGS, builtInKnowledge(), now);
  return evaluateDemoFacts(new DemoState()).map((state) => {
    const e = evaluate(state);
    const { facts } = state;
    return {
      ...state,
      caseKey: `${facts.jurisdiction}:${facts.caseNumber}`,
      jurisdiction: facts.jurisdiction,
      caseNumber: facts.caseNumber,
      firstSeen: now.toISOString(),
      lastSeen: now.toISOString(),
      program: facts.program,
      track: facts.track,
      ...summarise(e, e.asOf),
    };
  });
}

export async function seedCases(context: BrowserContext, n: number): Promise<number> {
  const bundle = await build({ entryPoints: ['bench/extension/seed-entry.ts'], bundle: true, write: false, format: 'iife', platform: 'browser' });
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${await extensionIdOf(context)}/welcome.html`);
    await page.evaluate(bundle.outputFiles[0]!.text);
    return await page.evaluate(
      ([base, count]) => (globalThis as unknown as { caselensBenchSeed: (b: unknown, n: number) => Promise<number> }).caselensBenchSeed(base, count),
      [demoRecords(), n] as const,
    );
  } finally {
    await page.close();
  }
}
