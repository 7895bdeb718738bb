/**
 * Policy packs and the policy watch in real Chromium:
 * - importing a pack that adds an Alaska closure day moves a due date, on the case shown;
 * - a pack whose example fails is refused whole, naming the example, and nothing changes;
 * - opening the demo's newer manual page shows which rules cite the older release, in the
 *   Policy view and on the finding itself.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { Cms, EisTerminal, Tracs, expectScreen } from './pages';

/** MM/DD/YYYY -> YYYY-MM-DD. */
const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;

async function dueOf(panel: Page, ruleId: string): Promise<string> {
  const text = (await panel.locator(`[data-duty="${ruleId}"]`).first().innerText()).match(/due (\d\d\/\d\d\/\d{4})/);
  if (!text) throw new Error(`no due date on ${ruleId}`);
  return text[1]!;
}

async function importPack(panel: Page, pack: object, name: string): Promise<void> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'caselens-pack-')), name);
  await writeFile(file, JSON.stringify(pack));
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Import a policy pack').setInputFiles(file);
}

const closurePack = (day: string) => ({
  kind: 'caselens-policy-pack', schemaVersion: 1, id: 'ak-office-closures', title: 'Alaska office closures', agency: 'DPA (demo)', published: '2026-11-01',
  closures: { AK: [day] },
});

async function alaskaCase(context: import('@playwright/test').BrowserContext, panel: Page, demoUrl: string): Promise<void> {
  const page = await context.newPage();
  const eis = new EisTerminal(page, demoUrl);
  await eis.open();
  await eis.transact('REFR', '2000201');
  await expectScreen(panel, 'REFR', '2000201');
  const cms = new Cms(page, demoUrl);
  await cms.openCase('2000201');
  await cms.go('Client Notes');
  await expectScreen(panel, 'CLNO', '2000201');
}

test('importing a pack that adds an Alaska closure day moves the due date of a duty counted in business days', async ({ context, panel, demo }) => {
  await alaskaCase(context, panel, demo.url);
  const before = await dueOf(panel, 'ak-initial-contact');

  await importPack(panel, closurePack(iso(before)), 'ak-closures.json');
  await expect(panel.getByTestId('policy-status')).toContainText('Imported “Alaska office closures”: 1 closure day');
  await expect(panel.locator('[data-pack="ak-office-closures"]')).toContainText('imported');

  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expect.poll(() => dueOf(panel, 'ak-initial-contact')).not.toBe(before);
  expect(iso(await dueOf(panel, 'ak-initial-contact')) > iso(before)).toBe(true); // the closure is not a business day
});

test('a pack whose example fails is refused whole, naming the example; nothing changes', async ({ context, panel, demo }) => {
  await alaskaCase(context, panel, demo.url);
  const before = await dueOf(panel, 'ak-initial-contact');
  const bad = {
    ...closurePack(iso(before)),
    id: 'ak-bad-pack',
    title: 'A pack with a wrong example',
    rules: [
      {
        schemaVersion: 1, id: 'ak-pack-test-contact', kind: 'condition', title: 'Contact recorded for the pack test',
        citation: { policy: 'external', source: 'DPA policy memo (demo)', section: 'Contacts', release: 'Memo 7', url: 'https://manuals.example.gov/memo-7', effective: '2026-10-01' },
        appliesTo: { jurisdictions: ['AK'] }, severity: 'info',
        when: { fact: 'contacts', operator: 'empty', label: 'Contacts' },
        explain: 'No contact is recorded for this case yet.', fix: { text: 'Record the contact.' }, checklist: true,
        examples: [{ name: 'a case with a contact has nothing to record', asOf: '2026-11-02', facts: { jurisdiction: 'AK', contacts: [{ date: '2026-11-01' }] }, expect: { finding: true } }],
      },
    ],
  };
  await importPack(panel, bad, 'bad-pack.json');
  const status = panel.getByTestId('policy-status');
  await expect(status).toContainText('bad-pack.json was not imported');
  await status.getByText('Details', { exact: true }).click();
  await expect(status).toContainText('example “a case with a contact has nothing to record” of rule "ak-pack-test-contact" failed: expected a finding, there is none');
  await expect(panel.locator('[data-pack]')).toHaveCount(0);
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  expect(await dueOf(panel, 'ak-initial-contact')).toBe(before);
});

test('opening the newer release of a watched manual page shows which rules cite the older release', async ({ context, panel, demo }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  const finding = panel.locator('[data-rule-id="or-tcm-flag"]');
  await expect(finding).toBeVisible();
  await expect(finding.getByTestId('policy-changed')).toHaveCount(0);

  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Add a policy manual address').fill(`${demo.url}/policy/*`);
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(panel.getByTestId('manual-status')).toContainText('CaseLens now compares');

  const manual = await context.newPage();
  await manual.goto(`${demo.url}/policy/ssp/case-management/overview?release=95`);
  await expect(manual.locator('article')).toContainText('Release 95');
  const watch = panel.getByTestId('policy-watch');
  const page = watch.locator(`[data-manual="${demo.url}/policy/ssp/case-management/overview?release=95"]`);
  await expect(page).toContainText('Release 95, effective 07/01/2026');
  const flag = page.locator('[data-unit="or-tcm-flag"][data-change="newer-release"]');
  await expect(flag).toContainText('Case management flag must be Y after a TCM-eligible service');
  await expect(flag).toContainText('cites Oregon SSP Case Management, A. Overview, Release 89; the manual shows Release 95');
  await expect(page.locator('[data-unit="or-tcm-flag"][data-change="section-missing"]')).toBeVisible();
  await expect(page.locator('[data-unit="or-tcm-flag"][data-change="quote-missing"]')).toBeVisible();

  // Back on the case: the finding says its policy may have changed.
  await tracs.page.bringToFront();
  await panel.getByRole('tab', { name: 'Case', exact: true }).click();
  await expect(finding.getByTestId('policy-changed')).toContainText('the manual shows Release 95');
});
