/** The shared page objects' FrameDriver over Playwright (the Chromium suite). */
import type { Frame, Page } from '@playwright/test';
import type { FrameDriver, PageDriver } from './shared/driver';

export class PlaywrightFrame implements FrameDriver {
  constructor(readonly target: Frame) {}

  fill(selector: string, value: string): Promise<void> {
    return this.target.fill(selector, value);
  }

  async click(selector: string, opts: { navigates?: boolean } = {}): Promise<void> {
    if (opts.navigates) await Promise.all([this.target.waitForNavigation(), this.target.click(selector)]);
    else await this.target.click(selector);
  }

  async waitFor(selector: string): Promise<void> {
    await this.target.waitForSelector(selector);
  }

  value(selector: string): Promise<string> {
    return this.target.inputValue(selector);
  }

  async text(selector: string): Promise<string> {
    return (await this.target.textContent(selector)) ?? '';
  }
}

export class PlaywrightPage extends PlaywrightFrame implements PageDriver {
  constructor(readonly page: Page) {
    super(page.mainFrame());
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async frame(name: string): Promise<FrameDriver> {
    const frame = this.page.frame({ name });
    if (!frame) throw new Error(`no frame named ${name}`);
    return new PlaywrightFrame(frame);
  }
}
