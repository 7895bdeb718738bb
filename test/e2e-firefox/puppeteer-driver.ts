/**
 * The shared page objects' FrameDriver over puppeteer in Firefox ESR (WebDriver BiDi). Firefox
 * 140 cannot tell puppeteer which element holds a frame (BiDi's "context" locator came later),
 * so puppeteer's own click fails inside a frameset: this adapter finds the frame element by its
 * name and clicks at the page coordinates itself. Typing goes to the focused field as real key
 * presses, so the page (and CaseLens) sees trusted input events.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { FrameDriver, PageDriver } from '../e2e/shared/driver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `fn` until it returns something other than undefined (10 s). */
export async function eventually<T>(what: string, fn: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (error) {
      last = error; // a document between two navigations: try again
    }
    await sleep(100);
  }
  throw new Error(`${what} within ${timeout / 1000} s${last ? ` (${String(last)})` : ''}`);
}

export class PuppeteerFrame implements FrameDriver {
  constructor(
    readonly page: Page,
    /** The frame's name in its parent, or undefined for the page's own document. */
    readonly name: string | undefined,
  ) {}

  async current(): Promise<Frame> {
    if (this.name === undefined) return this.page.mainFrame();
    const name = this.name;
    return eventually(`frame ${name}`, async () => {
      for (const frame of this.page.frames()) if ((await frame.evaluate(() => window.name).catch(() => '')) === name) return frame;
      return undefined;
    });
  }

  /** The element's centre in page coordinates (its frame's offset added). */
  private async centre(selector: string): Promise<{ x: number; y: number }> {
    const frame = await this.current();
    await frame.waitForSelector(selector);
    const inner = await frame.$eval(selector, (el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (this.name === undefined) return inner;
    const offset = await this.page.mainFrame().$eval(`frame[name="${this.name}"], iframe[name="${this.name}"]`, (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return { x: r.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft), y: r.top + parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop) };
    });
    return { x: inner.x + offset.x, y: inner.y + offset.y };
  }

  async fill(selector: string, value: string): Promise<void> {
    const frame = await this.current();
    await frame.waitForSelector(selector);
    await frame.$eval(selector, (el) => {
      (el as HTMLInputElement).focus();
      (el as HTMLInputElement).select();
    });
    if (value) await this.page.keyboard.type(value);
    else await this.page.keyboard.press('Backspace');
  }

  async click(selector: string, opts: { navigates?: boolean } = {}): Promise<void> {
    const frame = await this.current();
    // A mark on the document: gone once the frame shows the next one.
    if (opts.navigates) await frame.evaluate(() => ((window as unknown as { caselensE2e?: number }).caselensE2e = 1));
    const { x, y } = await this.centre(selector);
    await this.page.mouse.click(x, y);
    if (!opts.navigates) return;
    await eventually(`the next document in ${this.name ?? 'the page'}`, async () => {
      const f = await this.current();
      const fresh = await f.evaluate(() => (window as unknown as { caselensE2e?: number }).caselensE2e === undefined && document.readyState === 'complete');
      return fresh || undefined;
    });
  }

  async waitFor(selector: string): Promise<void> {
    await eventually(`${selector} in ${this.name ?? 'the page'}`, async () => ((await (await this.current()).$(selector)) ? true : undefined));
  }

  async value(selector: string): Promise<string> {
    return (await this.current()).$eval(selector, (el) => (el as HTMLInputElement).value);
  }

  async text(selector: string): Promise<string> {
    return (await this.current()).$eval(selector, (el) => el.textContent ?? '');
  }
}

export class PuppeteerPage extends PuppeteerFrame implements PageDriver {
  constructor(page: Page) {
    super(page, undefined);
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async frame(name: string): Promise<FrameDriver> {
    const frame = new PuppeteerFrame(this.page, name);
    await frame.current();
    return frame;
  }
}
