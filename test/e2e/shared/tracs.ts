/**
 * The demo TRACS system (24x80 screens in a frameset, screens changed by form POSTs), driven the
 * way a family coach does it. Shared by the Chromium and Firefox suites through FrameDriver.
 */
import type { FrameDriver, PageDriver } from './driver';

export type TracsScreen = 'CSUM' | 'CPLN' | 'NARR';
export type TracsKey = 'ENTER' | 'PF3' | 'PF5' | 'PF6' | 'PF7';

/** Selectors of the demo TRACS screens. */
export const TRACS = {
  screen: 'pre.screen3270',
  caseNo: 'input[name=CASENO]',
  goTo: 'input[name=GOTO]',
  key: (key: TracsKey) => `input[name=PFKEY][value=${key}]`,
  narrationLine: (n: number) => `input[name=NARR${String(n).padStart(2, '0')}]`,
} as const;

export class TracsFlow {
  constructor(
    readonly page: PageDriver,
    readonly demoUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.demoUrl}/tracs/`);
    await (await this.main()).waitFor(TRACS.screen);
  }

  main(): Promise<FrameDriver> {
    return this.page.frame('main');
  }

  /** Case selection: type the case and the screen, press Enter (a full-page form POST). */
  async selectCase(caseNo: string, screen: TracsScreen = 'CSUM'): Promise<void> {
    const main = await this.main();
    await main.fill(TRACS.caseNo, caseNo);
    await main.fill(TRACS.goTo, screen);
    await main.click(TRACS.key('ENTER'), { navigates: true });
  }

  async pf(key: TracsKey): Promise<void> {
    await (await this.main()).click(TRACS.key(key), { navigates: true });
  }
}
