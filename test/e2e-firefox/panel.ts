/**
 * The side panel's page in Firefox, driven as a worker would: tabs, buttons and labelled fields
 * found by their visible names (like Playwright's getByRole/getByLabel in the Chromium suite),
 * pressed with real pointer clicks and typed into with real key presses.
 */
import type { Page } from 'puppeteer-core';
import type { ActiveContext } from '../../lib/messages';
import { ACTIVE_CONTEXTS_KEY } from '../../lib/storage-keys';
import { eventually } from './puppeteer-driver';

/** `group`: only inside the fieldset whose legend starts so (two groups may both have a "Yes"). */
type Finder = { kind: 'selector' | 'tab' | 'button' | 'label'; name: string; group?: string };
type Action = 'centre' | 'id' | 'text' | 'value' | 'selected' | 'checked' | 'disabled' | 'select-all' | 'choose';

/**
 * Runs in the panel page (serialised by puppeteer, so self-contained): finds the element a
 * finder names and does one thing with it. undefined when there is no such element (yet).
 */
function act(find: Finder, action: Action, arg?: string): unknown {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => el.getClientRects().length > 0;
  let el: Element | null | undefined;
  if (find.kind === 'selector') el = document.querySelector(find.name);
  else if (find.kind === 'tab') el = [...document.querySelectorAll('[role=tab]')].find((t) => norm(t.textContent) === find.name);
  else if (find.kind === 'button') el = [...document.querySelectorAll('button')].find((b) => visible(b) && norm(b.getAttribute('aria-label') ?? b.textContent) === find.name);
  else {
    const scope = find.group ? [...document.querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent).startsWith(find.group!)) : document;
    const labels = [...(scope?.querySelectorAll('label') ?? [])].filter((l) => visible(l));
    const label = labels.find((l) => norm(l.textContent) === find.name) ?? labels.find((l) => norm(l.textContent).startsWith(find.name));
    el = (label as HTMLLabelElement | undefined)?.control;
  }
  if (!el) return undefined;
  const control = el as HTMLInputElement & HTMLSelectElement;
  switch (action) {
    case 'centre': {
      if (control.disabled) return undefined;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    case 'id':
      return el.id;
    case 'text':
      return el.textContent ?? '';
    case 'value':
      return control.value;
    case 'selected':
      return el.getAttribute('aria-selected');
    case 'checked':
      return control.checked;
    case 'disabled':
      return control.disabled;
    case 'select-all':
      control.select?.();
      return true;
    case 'choose':
      if (![...control.options].some((o) => o.value === arg)) return false;
      control.focus();
      control.value = arg!;
      control.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
  }
}

export class FirefoxPanel {
  constructor(readonly page: Page) {}

  private run<T>(find: Finder, action: Action, arg?: string): Promise<T | undefined> {
    return this.page.evaluate(act, find, action, arg) as Promise<T | undefined>;
  }

  private centre(find: Finder): Promise<{ x: number; y: number }> {
    return eventually(`${find.kind} "${find.name}" in the panel`, () => this.run<{ x: number; y: number }>(find, 'centre'));
  }

  async clickTab(name: string): Promise<void> {
    const { x, y } = await this.centre({ kind: 'tab', name });
    await this.page.mouse.click(x, y);
    await eventually(`tab ${name} selected`, async () => ((await this.run<string>({ kind: 'tab', name }, 'selected')) === 'true' ? true : undefined));
  }

  async clickButton(name: string): Promise<void> {
    const { x, y } = await this.centre({ kind: 'button', name });
    await this.page.mouse.click(x, y);
  }

  /** Checks the radio button or checkbox labelled `label` (in the group whose legend starts with `group`), with a pointer click. */
  async check(label: string, group?: string): Promise<void> {
    const find: Finder = { kind: 'label', name: label, group };
    const { x, y } = await this.centre(find);
    await this.page.mouse.click(x, y);
    await eventually(`${label} checked`, async () => ((await this.run<boolean>(find, 'checked')) ? true : undefined));
  }

  /** Types into the field whose label starts with `label` (replacing what is there). */
  async fill(label: string, text: string): Promise<void> {
    const { x, y } = await this.centre({ kind: 'label', name: label });
    await this.page.mouse.click(x, y);
    await this.run({ kind: 'label', name: label }, 'select-all');
    await this.page.keyboard.type(text);
  }

  /** Chooses an option of the select labelled `label`, as the keyboard would. */
  async select(label: string, value: string): Promise<void> {
    await this.centre({ kind: 'label', name: label });
    const ok = await this.run<boolean>({ kind: 'label', name: label }, 'choose', value);
    if (!ok) throw new Error(`no option ${value} in ${label}`);
  }

  /** Chooses a file in the file input labelled `label` (as the file dialog would). */
  async upload(label: string, file: string): Promise<void> {
    await this.centre({ kind: 'label', name: label });
    const id = await this.page.evaluate(act, { kind: 'label', name: label } as Finder, 'id' as Action);
    const input = await this.page.$(`[id="${String(id)}"]`);
    if (!input) throw new Error(`no file input ${label}`);
    await (input as unknown as { uploadFile(...files: string[]): Promise<void> }).uploadFile(file);
  }

  /** The state of the control labelled `label` (undefined when there is none). */
  async state(label: string): Promise<{ value?: string; checked?: boolean; disabled?: boolean } | undefined> {
    const find: Finder = { kind: 'label', name: label };
    const value = await this.run<string>(find, 'value');
    if (value === undefined) return undefined;
    return { value, checked: await this.run<boolean>(find, 'checked'), disabled: await this.run<boolean>(find, 'disabled') };
  }

  async value(label: string): Promise<string | undefined> {
    return this.run<string>({ kind: 'label', name: label }, 'value');
  }

  async text(selector: string): Promise<string> {
    return (await this.run<string>({ kind: 'selector', name: selector }, 'text')) ?? '';
  }

  /** Waits until the element's text contains `expected`; returns the text. */
  async expectText(selector: string, expected: string | RegExp): Promise<string> {
    let seen = '';
    return eventually(`"${String(expected)}" in ${selector} (saw "${seen.slice(0, 200)}")`, async () => {
      seen = await this.text(selector);
      const ok = typeof expected === 'string' ? seen.includes(expected) : expected.test(seen);
      return ok ? seen : undefined;
    });
  }

  async count(selector: string): Promise<number> {
    return this.page.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** What the background published for the screen this panel follows (the data the panel shows). */
  async activeContext(): Promise<ActiveContext | undefined> {
    return this.page.evaluate(async (key) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const windowId = (await api.windows.getCurrent()).id;
      const all = (await api.storage.session.get(key))[key] as Record<string, ActiveContext> | undefined;
      return all?.[String(windowId)];
    }, ACTIVE_CONTEXTS_KEY);
  }
}
