/** Page objects for the demo legacy systems, used by the e2e specs. */
import { expect, type Frame, type Page } from '@playwright/test';
import { PlaywrightPage } from './playwright-driver';
import { PANEL } from './shared/panel';
import { TracsFlow, type TracsKey, type TracsScreen } from './shared/tracs';

/** TRACS as the Firefox suite drives it too (shared/tracs.ts), plus its frame for Playwright's checks. */
export class Tracs {
  private readonly flow: TracsFlow;

  constructor(readonly page: Page, readonly demoUrl: string) {
    this.flow = new TracsFlow(new PlaywrightPage(page), demoUrl);
  }

  open(): Promise<void> {
    return this.flow.open();
  }

  main(): Frame {
    const frame = this.page.frame({ name: 'main' });
    if (!frame) throw new Error('TRACS main frame not found');
    return frame;
  }

  /** Case selection: type the case and the screen, press Enter (a full-page form POST). */
  selectCase(caseNo: string, screen: TracsScreen = 'CSUM'): Promise<void> {
    return this.flow.selectCase(caseNo, screen);
  }

  pf(key: TracsKey): Promise<void> {
    return this.flow.pf(key);
  }

  /** Case summary first (household and birth dates), then the case plan, each read by CaseLens. */
  async visitPlan(caseNo: string, panel: Page): Promise<void> {
    await this.selectCase(caseNo, 'CSUM');
    await expectScreen(panel, 'CSUM', caseNo);
    await this.pf('PF5');
    await expectScreen(panel, 'CPLN', caseNo);
  }
}

/** Waits until the side panel shows CaseLens has read this screen (and case), as a worker would see it. */
export async function expectScreen(panel: Page, screen: string, caseNo?: string): Promise<void> {
  await expect(panel.locator(PANEL.screenInfo)).toContainText(screen);
  if (caseNo) await expect(panel.locator(PANEL.caseKey)).toContainText(caseNo);
}

export class Cms {
  constructor(readonly page: Page, readonly demoUrl: string) {}

  header(): Frame {
    return this.page.frame({ name: 'cmsheader' })!;
  }

  content(): Frame {
    return this.page.frame({ name: 'cmscontent' })!;
  }

  /** Picks a case in the header frame; the whole frameset reloads (form POST to _top). */
  async openCase(caseNo: string): Promise<void> {
    await this.page.goto(`${this.demoUrl}/cms/`);
    await this.header().fill('input[name=case]', caseNo);
    await Promise.all([this.page.waitForNavigation(), this.header().click('input[type=submit]')]);
    await this.content().waitForSelector('h2');
  }

  async go(link: string): Promise<void> {
    await Promise.all([this.content().waitForNavigation(), this.header().click(`text=${link}`)]);
  }
}

export class EisTerminal {
  constructor(readonly page: Page, readonly demoUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.demoUrl}/eis/`);
    await this.page.waitForSelector('#term input[name=tx]');
  }

  /** Types a transaction and a case and presses Enter: the screen repaints in place. */
  async transact(tx: string, caseNo: string): Promise<void> {
    await this.page.fill('#term input[name=tx]', tx);
    await this.page.fill('#term input[name=case]', caseNo);
    await this.page.click('button[data-key=ENTER]');
    await expect(this.page.locator('#termStatus')).toHaveText('READY');
  }

  async key(key: 'PF3' | 'PF7' | 'PF8'): Promise<void> {
    await this.page.click(`button[data-key=${key}]`);
    await expect(this.page.locator('#termStatus')).toHaveText('READY');
  }
}

/**
 * Fills a caseload of three cases the way a worker would: TRACS case plans of 1000101 and
 * 1000104, then the EIS referral screen of 2000201. Leaves the page on the EIS terminal.
 */
export async function visitThreeCases(page: Page, panel: Page, demoUrl: string): Promise<void> {
  const tracs = new Tracs(page, demoUrl);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await tracs.pf('PF3');
  await tracs.visitPlan('1000104', panel);
  const eis = new EisTerminal(page, demoUrl);
  await eis.open();
  await eis.transact('REFR', '2000201');
  await expectScreen(panel, 'REFR', '2000201');
}
