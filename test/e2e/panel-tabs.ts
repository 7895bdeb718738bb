/**
 * Helpers for specs that look at every side-panel tab: the tabs, a panel filled the way a
 * worker's would be (a TRACS case with findings, its narration, an RMSS guide answered, the
 * caseload with the case opened), and the checks for sideways scrolling and accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { DemoServer } from '../../demo/server';
import { expect } from './fixtures';
import { Tracs, expectScreen } from './pages';

export const PANEL_TABS = ['Case', 'Narration', 'RMSS', 'Caseload', 'Screens', 'Settings'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function openTab(panel: Page, tab: PanelTab): Promise<void> {
  const button = panel.getByRole('tab', { name: tab, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-selected', 'true');
}

/**
 * Fills the panel as a day's work would: TRACS case 1000101 read (summary, plan, narration
 * screen), the RMSS guide answered for a TCM moment (so "What you answered" shows), and the
 * case opened from the caseload.
 */
export async function fillPanel(context: BrowserContext, panel: Page, demo: DemoServer): Promise<Tracs> {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await tracs.pf('PF6');
  await expectScreen(panel, 'NARR', '1000101');

  await openTab(panel, 'RMSS');
  await panel.getByRole('radio', { name: /Case management for a TANF participant/ }).check();
  await panel.getByRole('group', { name: 'Was the activity about one specific case?' }).getByRole('radio', { name: 'Yes, one specific case' }).check();
  await panel.getByRole('group', { name: 'Are you TCM certified?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await panel.getByRole('group', { name: /Which case were you serving/ }).getByRole('radio', { name: /Case 1000101/ }).check();
  await expect(panel.getByRole('group', { name: 'What you answered' })).toBeVisible();

  await openTab(panel, 'Caseload');
  await panel.getByRole('button', { name: 'OR 1000101' }).click();
  await expect(panel.getByTestId('case-detail')).toBeVisible();
  await openTab(panel, 'Case');
  return tracs;
}

/** How far the page scrolls sideways (0 when it does not). */
export function sidewaysOverflow(panel: Page): Promise<number> {
  return panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements that stick out past the right edge of the viewport, for a readable failure. */
export function widestElements(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && el.getClientRects().length > 0)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}

export async function axeViolations(panel: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page: panel }).withTags(AXE_TAGS).analyze();
  return scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
