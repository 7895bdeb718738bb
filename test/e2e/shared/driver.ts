/**
 * What the page objects of the demo legacy systems need from a browser page, whichever library
 * drives the browser: Playwright for Chromium (test/e2e), puppeteer over WebDriver BiDi for
 * Firefox (test/e2e-firefox). Each adapter acts as a worker would: real key presses into the
 * field, real pointer clicks at the element's place.
 */
export interface FrameDriver {
  /** Replaces the field's text by typing. */
  fill(selector: string, value: string): Promise<void>;
  /** Clicks; with `navigates`, resolves once this frame shows the next document. */
  click(selector: string, opts?: { navigates?: boolean }): Promise<void>;
  waitFor(selector: string): Promise<void>;
  value(selector: string): Promise<string>;
  text(selector: string): Promise<string>;
}

export interface PageDriver extends FrameDriver {
  goto(url: string): Promise<void>;
  /** The frame named `name` (a frameset's `<frame name>`), as it is now. */
  frame(name: string): Promise<FrameDriver>;
}
