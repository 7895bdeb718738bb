/**
 * Screenshots of every side-panel tab at 360 px wide (the usual side-panel width), for the
 * README: `npm start` (headless) calls this after its own walk-through. The panel first gets
 * what a worker's would have: the RMSS guide answered for a TCM moment, a case opened in the
 * caseload.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const PANEL_TABS = ['Case', 'Narration', 'RMSS', 'Caseload', 'Screens', 'Settings'] as const;
export const TAB_SHOTS_DIR = path.resolve(process.env.TAB_SCREENSHOT_DIR ?? 'docs/screenshots');

const tab = (panel: Page, name: string) => panel.getByRole('tab', { name, exact: true });

async function answerRmss(panel: Page): Promise<void> {
  await tab(panel, 'RMSS').click();
  await panel.getByRole('radio', { name: /Case management for a TANF participant/ }).check();
  await panel.getByRole('group', { name: 'Was the activity about one specific case?' }).getByRole('radio', { name: 'Yes, one specific case' }).check();
  await panel.getByRole('group', { name: 'Are you TCM certified?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await panel.getByRole('group', { name: /Which case were you serving/ }).getByRole('radio').first().check();
}

/** Saves panel-<tab>.png for each tab; returns the files written. */
export async function captureTabs(panel: Page, caseButton: string, dir = TAB_SHOTS_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await panel.setViewportSize({ width: 360, height: 800 });
  await answerRmss(panel);
  await tab(panel, 'Caseload').click();
  await panel.getByRole('button', { name: caseButton }).click();
  await panel.getByTestId('case-detail').waitFor();
  const files: string[] = [];
  for (const name of PANEL_TABS) {
    await tab(panel, name).click();
    await panel.locator(`#panel-${name.toLowerCase()}`).waitFor();
    const file = path.join(dir, `panel-${name.toLowerCase()}.png`);
    await panel.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  await tab(panel, 'Case').click();
  return files;
}
