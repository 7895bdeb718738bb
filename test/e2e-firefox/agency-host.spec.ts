/**
 * A worker grants CaseLens an agency host in Firefox, and CaseLens reads the legacy screen
 * there. The agency host is a name of its own (tracs.agency.test, resolved to this machine by
 * Firefox's network.dns.localDomains) serving the demo TRACS system: a host the demo build has
 * no permission for until the worker grants it in Settings.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { PuppeteerPage } from './puppeteer-driver';
import { TracsFlow } from '../e2e/shared/tracs';
import { PANEL, foreignRequests } from '../e2e/shared/panel';
import { DEMO_PORT } from '../../lib/origins/demo';

const AGENCY = 'tracs.agency.test';
const PATTERN = `http://${AGENCY}/*`;

test.use({ extraPrefs: { 'network.dns.localDomains': AGENCY } });

test('Firefox: the worker adds and grants an agency host in Settings, and CaseLens reads TRACS there', async ({ firefox, panel, demo, requests }) => {
  const agencyUrl = `http://${AGENCY}:${DEMO_PORT}`;
  const page = await firefox.newPage();
  const tracs = new TracsFlow(new PuppeteerPage(page), agencyUrl);

  // Before: the host is not granted, so CaseLens leaves its pages alone.
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await new Promise((r) => setTimeout(r, 1500));
  expect((await panel.activeContext())?.legacy ?? false).toBe(false);

  // The agency's settings file binds TRACS to its host (systemHosts); the worker imports it.
  const dir = await mkdtemp(path.join(tmpdir(), 'caselens-settings-'));
  try {
    const file = path.join(dir, 'agency-settings.json');
    await writeFile(file, JSON.stringify({ kind: 'caselens-settings', settings: { systemHosts: { TRACS: [PATTERN] } } }));
    await panel.clickTab('Settings');
    await panel.upload('Import settings', file);
    await panel.expectText('[data-testid="settings-import-status"]', 'Imported settings from agency-settings.json.');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // Add and grant: Firefox grants from within the click (its prompt is off in tests).
  await panel.fill('Add address', PATTERN);
  await panel.clickButton('Add and grant access');
  await panel.expectText('[data-testid="settings-import-status"]', `CaseLens now runs on ${PATTERN}.`);
  await panel.expectText(`[data-host="${PATTERN}"]`, 'access granted');
  expect(await panel.page.evaluate((p) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.permissions.contains({ origins: [p] }), PATTERN)).toBe(true);

  // After: the same screen on the agency host is read.
  await panel.clickTab('Case');
  await tracs.open();
  await tracs.selectCase('1000101', 'CSUM');
  await panel.expectText(PANEL.screenInfo, 'CSUM');
  await panel.expectText(PANEL.caseKey, '1000101');
  expect((await panel.activeContext())?.origin).toBe(agencyUrl);

  expect(requests.some((u) => u.startsWith(`${agencyUrl}/tracs/`))).toBe(true);
  expect(foreignRequests(requests, demo.url, [`${AGENCY}:${DEMO_PORT}`])).toEqual([]);
});
