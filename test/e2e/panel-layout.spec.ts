/**
 * The side panel as a worker sees it, on every tab: no sideways scrolling at 320 CSS px nor
 * at 200 % zoom of a 400 px panel (WCAG 1.4.10 Reflow), tabs on one row at 400 px, a dark
 * panel when the system is dark, and axe clean (WCAG 2.1 A/AA) in both colour schemes.
 */
import { test, expect } from './fixtures';
import { PANEL_TABS, axeViolations, fillPanel, openTab, sidewaysOverflow, widestElements } from './panel-tabs';

test('reflow: no tab scrolls sideways at 360 and 320 CSS px, nor at 200 % zoom of a 400 px panel; tabs fit one row at 400 px', async ({ context, panel, demo }) => {
  test.slow(); // every tab at three widths, on two shared cores
  await fillPanel(context, panel, demo);

  await panel.setViewportSize({ width: 400, height: 800 });
  const tabTops = await panel.getByRole('tab').evaluateAll((tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size);
  expect(tabTops, 'tab rows at 400 px').toBe(1);

  // 360 px: the usual side-panel width; 320 px: WCAG 1.4.10's reflow width.
  for (const width of [360, 320]) {
    await panel.setViewportSize({ width, height: 800 });
    for (const tab of PANEL_TABS) {
      await openTab(panel, tab);
      expect(await sidewaysOverflow(panel), `${tab} at ${width} px: ${(await widestElements(panel)).join('; ')}`).toBeLessThanOrEqual(0);
    }
  }

  // Browser zoom at 200 % on a 400 px panel: 200 CSS px at two device pixels per CSS pixel.
  const cdp = await context.newCDPSession(panel);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 200, height: 800, deviceScaleFactor: 2, mobile: false });
  expect(await panel.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([200, 2]);
  for (const tab of PANEL_TABS) {
    await openTab(panel, tab);
    expect(await sidewaysOverflow(panel), `${tab} at 200 %: ${(await widestElements(panel)).join('; ')}`).toBeLessThanOrEqual(0);
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
});

test('dark mode follows the system: the panel renders dark, and every tab is axe clean in both colour schemes', async ({ context, panel, demo }) => {
  test.slow(); // twelve axe scans
  await fillPanel(context, panel, demo);
  await panel.setViewportSize({ width: 380, height: 900 });

  const background = () => panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };

  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const lum = luminance(await background());
    if (scheme === 'dark') expect(lum, 'dark background').toBeLessThan(0.2);
    else expect(lum, 'light background').toBeGreaterThan(0.9);
    for (const tab of PANEL_TABS) {
      await openTab(panel, tab);
      expect(await axeViolations(panel), `${tab} (${scheme})`).toEqual([]);
    }
  }
  // The text is light on the dark background, not dark-on-dark.
  await panel.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await panel.evaluate(() => getComputedStyle(document.body).color))).toBeGreaterThan(0.8);
});

test('a warning card keeps its text in the body colour; only its badge and border carry the warning colour', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  await page.goto(`${demo.url}/aspire/participant?case=3000303`); // no employment plan yet: a warning
  await expect(panel.getByTestId('case-key')).toContainText('3000303');
  const card = panel.locator('.finding.warning').first();
  await expect(card).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const c = await card.evaluate((el) => {
      const colour = (sel: string, prop: 'color' | 'backgroundColor' = 'color') => getComputedStyle(el.querySelector(sel)!)[prop];
      return {
        body: getComputedStyle(document.body).color,
        heading: colour('h3'),
        explanation: getComputedStyle(el.querySelectorAll('p')[el.querySelector('p.due') ? 1 : 0]!).color,
        border: getComputedStyle(el).borderLeftColor,
        badge: colour('.sev', 'backgroundColor'),
      };
    });
    expect([c.heading, c.explanation], scheme).toEqual([c.body, c.body]);
    expect(c.border, scheme).toBe(c.badge);
    expect(c.border, scheme).not.toBe(c.body);
  }
});
