/**
 * The narration studio in real Chromium: a TCM narration inserted across TRACS's fixed-width
 * lines in two actions, a supportive-services CLNO held back until its amount is filled, and a
 * draft that survives closing and relaunching the browser.
 */
import { test, expect, foreignRequests, launchWithExtension, extensionIdOf, waitForContentScript } from './fixtures';
import { Cms, Tracs, expectScreen } from './pages';

test('TCM narration: chosen, linted and inserted across the 72-column lines in two actions; Undo restores', async ({ context, panel, demo, requests }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel);
  await tracs.pf('PF6');
  await expectScreen(panel, 'NARR', '1000101');

  // Action 1: open the Narration tab. The TCM template is suggested by the finding and filled from the screens.
  await panel.getByRole('tab', { name: 'Narration' }).click();
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue('or-tcm-service');
  await expect(panel.getByLabel(/Service provided/)).toHaveValue('case-plan');
  await expect(panel.getByTestId('lint-ok')).toBeVisible();
  await expect(panel.getByTestId('fit-preview')).toHaveText('TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.');
  // Action 2: insert.
  await panel.getByRole('button', { name: 'Insert into screen' }).click();
  const main = tracs.main();
  await expect(main.locator('input[name=NARR01]')).toHaveValue('TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.');
  await expect(main.locator('input[name=NARR02]')).toHaveValue('');
  await expect(panel.getByTestId('insert-status')).toContainText('Inserted 1 line');
  await expect(panel.getByText(/Inserted for this case \(1,/)).toBeVisible(); // local history
  await expect(main.locator('pre')).not.toContainText('NARRATION SAVED'); // never submitted

  await panel.getByRole('button', { name: 'Undo insert' }).click();
  await expect(main.locator('input[name=NARR01]')).toHaveValue('');

  // A longer note wraps across lines at word boundaries, upper case.
  await panel.getByLabel('Details').fill('Participant agreed to attend the orientation on Monday and bring her childcare schedule to the next meeting.');
  await panel.getByRole('button', { name: 'Insert into screen' }).click();
  await expect(main.locator('input[name=NARR02]')).toHaveValue('PARTICIPANT AGREED TO ATTEND THE ORIENTATION ON MONDAY AND BRING HER');
  await expect(main.locator('input[name=NARR03]')).toHaveValue('CHILDCARE SCHEDULE TO THE NEXT MEETING.');
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('supportive-services CLNO: a missing amount is a prompt, then on an insert attempt a problem that blocks it', async ({ context, panel, demo }) => {
  const page = await context.newPage();
  const cms = new Cms(page, demo.url);
  await cms.openCase('2000211');
  await cms.go('New CLNO');
  await expectScreen(panel, 'CLNONEW', '2000211');
  await panel.getByRole('tab', { name: 'Narration' }).click();
  await panel.getByLabel('Template', { exact: true }).selectOption('ak-supportive-services');
  await panel.getByLabel(/^Support/).fill('Bus pass');
  await panel.getByLabel(/^Need/).fill('Client starts a CWE placement downtown next week and has no car.');
  const insert = panel.getByRole('button', { name: 'Insert into screen' });
  // Before an attempt, what is missing is a prompt, not an error.
  await expect(panel.getByTestId('to-fill').locator('[data-lint="required-field"]')).toHaveText(['Amount']);
  await expect(panel.getByTestId('lint')).toHaveCount(0);
  // Trying to insert does not insert: the prompt becomes a problem that blocks, and focus goes to the field.
  await insert.click();
  await expect(panel.getByTestId('lint').locator('[data-lint="required-field"]')).toContainText('Amount');
  await expect(panel.getByTestId('lint').locator('[data-lint="required-field"]')).toContainText('blocks insert');
  await expect(panel.getByTestId('insert-status')).toContainText('Not inserted');
  await expect(panel.getByLabel(/^Amount/)).toBeFocused();
  await expect(cms.content().locator('input[name=title]')).toHaveValue('');

  await panel.getByLabel(/^Amount/).fill('62');
  await expect(panel.locator('[data-lint="required-field"]')).toHaveCount(0);
  await insert.click();
  await expect(cms.content().locator('input[name=title]')).toHaveValue('Supportive service authorized: Bus pass, $62.00');
  await expect(cms.content().locator('textarea[name=body]')).toHaveValue(/Bus pass/);
});

test('a draft typed survives closing the browser and relaunching it on the same profile', async ({ context, userDataDir, panel, demo }) => {
  const page = await context.newPage();
  const tracs = new Tracs(page, demo.url);
  await tracs.open();
  await tracs.selectCase('1000103', 'NARR');
  await expectScreen(panel, 'NARR', '1000103');
  await panel.getByRole('tab', { name: 'Narration' }).click();
  await panel.getByLabel('Template', { exact: true }).selectOption('or-re-engagement');
  const note = 'Draft kept across a restart: participant asked for re-engagement after disagreeing with the plan.';
  await panel.getByLabel('Note (you can edit it)').fill(note);
  await expect(panel.getByText(/Draft saved/)).toBeVisible();
  await context.close();

  const again = await launchWithExtension(userDataDir);
  try {
    await waitForContentScript(again);
    const id = await extensionIdOf(again);
    const panel2 = await again.newPage();
    await panel2.goto(`chrome-extension://${id}/sidepanel.html`);
    const page2 = await again.newPage();
    const tracs2 = new Tracs(page2, demo.url);
    await tracs2.open();
    await tracs2.selectCase('1000103', 'NARR');
    await expectScreen(panel2, 'NARR', '1000103');
    await panel2.getByRole('tab', { name: 'Narration' }).click();
    await expect(panel2.getByLabel('Template', { exact: true })).toHaveValue('or-re-engagement');
    await expect(panel2.getByLabel('Note (you can edit it)')).toHaveValue(note);
  } finally {
    await again.close();
  }
});
