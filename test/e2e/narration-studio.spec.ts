/**
 * The narration studio as a caseworker meets it: a long note starts with prompts, not errors;
 * only what the case needs is suggested, with why; the template list can be searched; a note
 * undone leaves the history; and once TRACS has the note, the studio says it is already
 * narrated instead of offering it again.
 */
import { test, expect, foreignRequests } from './fixtures';
import { Cms, Tracs, expectScreen } from './pages';

test('EA CLNO: prompts for what is missing and no errors before anything is typed; templates searchable', async ({ context, panel, demo }) => {
  const cms = new Cms(await context.newPage(), demo.url);
  await cms.openCase('2000211');
  await cms.go('New CLNO');
  await expectScreen(panel, 'CLNONEW', '2000211');
  await panel.getByRole('tab', { name: 'Narration' }).click();

  const search = panel.getByLabel('Find a template');
  await search.fill('employability');
  await expect(panel.getByText(/^1 of \d+ templates match/)).toBeVisible();
  // The match, and (if another) the template chosen now, which stays listed.
  expect(await panel.getByLabel('Template', { exact: true }).locator('option').count()).toBeLessThanOrEqual(2);
  await expect(panel.getByLabel('Template', { exact: true }).locator('option[value="ak-ea-clno"]')).toHaveCount(1);
  await panel.getByLabel('Template', { exact: true }).selectOption('ak-ea-clno');
  await search.fill('');

  const prompts = panel.getByTestId('to-fill').locator('[data-lint="required-field"]');
  await expect(prompts).toHaveText(['Education and training', 'Work history', 'Strengths', 'Barriers', 'Discrepancies noted', 'Next steps (FSSP, activities)']);
  await expect(panel.getByTestId('lint')).toHaveCount(0); // no red "blocks insert" before anything is typed
  await expect(panel.getByText('blocks insert')).toHaveCount(0);

  // A prompt takes the worker to its field; filling it removes it from the list.
  await prompts.filter({ hasText: 'Strengths' }).getByRole('button').click();
  await expect(panel.getByLabel(/^Strengths/)).toBeFocused();
  await panel.keyboard.type('Reliable, good with customers.');
  await expect(prompts).toHaveCount(5);
});

test('TCM note: suggested with its reason; an undone insert leaves the history; once saved on TRACS it is "already narrated"', async ({ context, panel, demo, requests }) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000108', panel); // household and services read
  await tracs.pf('PF6');
  await expectScreen(panel, 'NARR', '1000108');
  await panel.getByRole('tab', { name: 'Narration' }).click();

  // Few suggestions, each saying why: here only the TCM note, for the finding that asks for it.
  const suggestions = panel.getByTestId('suggestions').locator('[data-suggestion]');
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toHaveAttribute('data-suggestion', 'or-tcm-service');
  await expect(suggestions.first()).toContainText('because: Narration must name the TCM-eligible service provided');
  expect(await panel.getByLabel('Template', { exact: true }).locator('option', { hasText: '★' }).count()).toBe(1);
  await expect(panel.getByLabel('Template', { exact: true })).toHaveValue('or-tcm-service');

  const main = tracs.main();
  const insert = panel.getByRole('button', { name: 'Insert into screen' });
  await insert.click();
  await expect(main.locator('input[name=NARR01]')).toHaveValue('TANF FAMILY COACH MADE REFERRAL AND RELATED ACTIVITIES WITH PARTICIPANT.');
  await expect(panel.getByTestId('narration-history')).toContainText('Inserted for this case (1,');
  await panel.getByRole('button', { name: 'Undo insert' }).click();
  await expect(main.locator('input[name=NARR01]')).toHaveValue('');
  await expect(panel.getByTestId('narration-history')).toHaveCount(0); // undone: never a note on the case

  await insert.click();
  await expect(main.locator('input[name=NARR01]')).toHaveValue(/^TANF FAMILY COACH MADE REFERRAL/);
  await tracs.pf('ENTER'); // the worker saves it on TRACS
  await expect(main.locator('pre')).toContainText('NARRATION SAVED');
  const already = panel.locator('[data-already-narrated="or-tcm-service"]');
  await expect(already).toContainText('Already narrated');
  await expect(already).toContainText('TANF FAMILY COACH MADE REFERRAL');
  await expect(panel.getByTestId('suggestions')).toHaveCount(0);
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
