/**
 * e2e helpers for CaseLens's page overlay, which sits in a closed shadow root: marks are read
 * and pressed through the DevTools protocol (scripts/overlay-probe.ts), and axe checks a copy
 * of the overlay's rendered markup and styles.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { OverlayProbe, type OverlayMark } from '../../scripts/overlay-probe';

export { OverlayProbe };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the frame's overlay shows the mark (visible, with its field), and returns it. */
export async function expectMark(probe: OverlayProbe, ruleId: string, frame?: string, severity?: string): Promise<OverlayMark> {
  await expect
    .poll(async () => {
      const m = await probe.mark(ruleId, frame);
      if (!m || m.hidden) return 'no mark';
      return severity === undefined || m.severity === severity ? 'shown' : `severity ${m.severity}`;
    }, { message: `mark ${ruleId}` })
    .toBe('shown');
  return (await probe.mark(ruleId, frame))!;
}

/** Waits until the frame's overlay shows no mark (of these ids, or at all). */
export async function expectNoMarks(probe: OverlayProbe, frame?: string, matching: (id: string) => boolean = () => true): Promise<void> {
  await expect.poll(async () => (await probe.marks(frame)).filter((m) => !m.hidden && matching(m.ruleId)).map((m) => m.ruleId)).toEqual([]);
}

/**
 * axe on the overlay as rendered: its markup and styles copied into a page of their own (open
 * root), since axe, like page scripts, cannot enter the real closed root.
 */
export async function axeOverlay(context: BrowserContext, probe: OverlayProbe, frame?: string): Promise<string[]> {
  const html = await probe.snapshot(frame);
  expect(html).toContain('data-caselens-finding');
  const copy: Page = await context.newPage();
  try {
    await copy.setContent('<!doctype html><html lang="en"><head><title>Overlay copy</title></head><body><main><div id="overlay-copy"></div></main></body></html>');
    await copy.evaluate((markup) => {
      const root = document.getElementById('overlay-copy')!.attachShadow({ mode: 'open' });
      root.innerHTML = markup;
    }, html);
    const scan = await new AxeBuilder({ page: copy }).include('#overlay-copy').withTags(AXE_TAGS).analyze();
    return scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await copy.close();
  }
}
