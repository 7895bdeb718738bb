/**
 * The guided RMSS survey in real Chromium: the side panel's guide, for a TCM moment on the
 * current case, gives exactly policy 000's answers (1.A.2, 2.A.2 with the one case identifier,
 * 4.A.8, section 3 blank), and the survey form shows them beside its sections; the four usual
 * mistakes are flagged on the form as they are made and cleared once mended. CaseLens never
 * fills in or submits the form: the test does, as the worker would.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatUs } from '../../lib/dates/iso-date';
import { test, expect, foreignRequests } from './fixtures';
import { Tracs } from './pages';
import { AXE_TAGS as TAGS, OverlayProbe, axeOverlay, expectMark, expectNoMarks } from './overlay';

/** Chooses a radio button with the keyboard only: focus it and press Space. */
async function choose(radio: Locator): Promise<void> {
  await radio.focus();
  await radio.page().keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** The ids of the survey marks that are errors or warnings (mistakes), not the guide's notes. */
const problems = async (overlay: OverlayProbe) => (await overlay.marks()).filter((m) => m.severity !== 'info').map((m) => m.ruleId);

/** The worker clears a radio group (the demo form has no reset): as a page script would, with the change event. */
async function clearRadios(form: Page, name: string): Promise<void> {
  await form.evaluate((n) => {
    const radios = [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)];
    for (const r of radios) r.checked = false;
    radios[0]!.dispatchEvent(new Event('change', { bubbles: true }));
  }, name);
}

test('RMSS: the guide gives policy 000’s answers for a TCM moment, and the form overlay flags the four mistakes until mended', async ({
  context,
  panel,
  demo,
  requests,
}) => {
  const tracs = new Tracs(await context.newPage(), demo.url);
  await tracs.open();
  await tracs.visitPlan('1000101', panel); // the current case, with its household read
  const parent = demo.state.oregon('1000101')!.members[0]!;

  const form = await context.newPage();
  await form.goto(`${demo.url}/rmss/survey?id=RMS-2026-0042`);
  await expect(form.locator('#rmssForm')).toBeVisible();

  // The guide, keyboard only.
  const tab = panel.getByRole('tab', { name: 'RMSS' });
  await tab.focus();
  await panel.keyboard.press('Enter');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await choose(panel.getByRole('radio', { name: /Case management for a TANF participant/ }));
  await choose(panel.getByRole('group', { name: 'Was the activity about one specific case?' }).getByRole('radio', { name: 'Yes, one specific case' }));
  await choose(panel.getByRole('group', { name: 'Are you TCM certified?' }).getByRole('radio', { name: 'Yes', exact: true }));
  await expect(panel.getByRole('status').filter({ hasText: 'Policy gives answers for this moment' })).toBeVisible();
  await choose(panel.getByRole('group', { name: /Which case were you serving/ }).getByRole('radio', { name: /Case 1000101/ }));

  const recs = panel.locator('.rmss-recs > li');
  await expect(recs).toHaveCount(5);
  await expect(panel.locator('[data-recommendation="1.A"]')).toContainText('1.A.2 Self-Sufficiency');
  await expect(panel.locator('[data-recommendation="2.A"]')).toContainText('2.A.2 Case Specific');
  await expect(panel.locator('[data-recommendation="2-case"]')).toContainText('1000101');
  await expect(panel.locator('[data-recommendation="4.A"]')).toContainText('4.A.8 Adult/Teen Case Management');
  await expect(panel.locator('[data-recommendation="blank:3"]')).toContainText('leave blank');
  await expect(panel.locator('.rmss-result')).toContainText('Release 89');
  await expect(panel.locator('.rmss-result')).toContainText('If you complete RMSS survey section 4, you do not complete section 3.');

  const panelScan = await new AxeBuilder({ page: panel }).withTags(TAGS).analyze();
  expect(panelScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The same answers beside the form's sections, as notes; the form itself left untouched.
  const expected: [string, string, string][] = [
    ['1.A', '1', '1.A.2 Self-Sufficiency'],
    ['2.A', '2', '2.A.2 Case Specific'],
    ['2-case', '2-case', 'one case identifier, 1000101'],
    ['4.A', '4', '4.A.8 Adult/Teen Case Management'],
    ['3.A', '3', 'leave 3.A Eligibility activity blank'],
  ];
  const overlay = new OverlayProbe(form);
  for (const [question, section, text] of expected) {
    const note = await expectMark(overlay, `rmss:recommend:${question}`, undefined, 'info');
    expect(note.badgeLabel).toContain(text);
    const fieldset = await form.locator(`fieldset[data-section="${section}"]`).boundingBox();
    const box = await overlay.box(`rmss:recommend:${question}`);
    expect(Math.abs(box!.y - fieldset!.y)).toBeLessThan(4); // beside its own section
    expect(Math.abs(box!.height - fieldset!.height)).toBeLessThan(6);
  }
  expect((await overlay.marks()).filter((m) => m.ruleId.startsWith('rmss:'))).toHaveLength(5);
  await expect(form.locator('#rmssForm input:checked')).toHaveCount(0);
  await expect(form.locator('#rmssForm [data-caselens-overlay]')).toHaveCount(0); // marks sit over the form, never inside it

  // The worker answers as the guide says: no problem marked.
  await form.check('#s1_1\\.A\\.2');
  await form.check('#s2_2\\.A\\.2');
  await form.fill('#caseId1', '1000101');
  await form.check('#s4_4\\.A\\.8');
  await form.fill('#comment', 'Family coach developed a case plan with the participant.');
  expect((await overlay.mark('rmss:recommend:1.A'))!.badgeLabel).toMatch(/1\.A\.2/);
  await expect.poll(() => problems(overlay)).toEqual([]);

  // 1. Section 3 filled while section 4 is used.
  await form.check('#s3_3\\.A\\.1');
  const section3 = 'rmss:rule:section-4-excludes-section-3:3.A';
  await expectMark(overlay, section3, undefined, 'error');
  await overlay.press(section3);
  await expect.poll(async () => (await overlay.mark(section3))?.popText ?? '').toContain('Section 4 is answered, so section 3 must be left blank.');
  expect((await overlay.mark(section3))!.popText).toContain('If you complete RMSS survey section 4, you do not complete section 3.');
  expect(await axeOverlay(context, overlay)).toEqual([]);
  await clearRadios(form, 's3');
  await expectNoMarks(overlay, undefined, (id) => id === section3);

  // 2. More than one case identifier.
  await form.fill('#caseId2', '1000102');
  const twoIds = 'rmss:case-id-count:2-case';
  await expectMark(overlay, twoIds, undefined, 'error');
  await form.fill('#caseId2', '');
  await expectNoMarks(overlay, undefined, (id) => id === twoIds);

  // 3. "Case specific" without a case identifier.
  await form.fill('#caseId1', '');
  const noId = 'rmss:rule:case-specific-needs-case-id:2-case';
  await expectMark(overlay, noId, undefined, 'error');
  await form.fill('#caseId1', '1000101');
  await expectNoMarks(overlay, undefined, (id) => id === noId);

  // 4. Client information in the comment: a household member's name, an SSN, a birth date.
  const clientInfo = 'rmss:client-info:comment';
  const names = `${parent.first[0]}${parent.first.slice(1).toLowerCase()} ${parent.last[0]}${parent.last.slice(1).toLowerCase()}`;
  for (const [comment, kind] of [
    [`Developed a case plan with ${names}.`, 'a client name'],
    ['Developed a case plan; SSN 123-45-6789 checked.', 'a Social Security number'],
    [`Developed a case plan with the parent (${formatUs(parent.dob)}).`, 'a birth date'],
  ] as const) {
    await form.fill('#comment', comment);
    const label = (await expectMark(overlay, clientInfo, undefined, 'error')).badgeLabel;
    expect(label).toContain(kind);
    expect(label).not.toContain(parent.last);
    await form.fill('#comment', 'Family coach developed a case plan with the participant.');
    await expectNoMarks(overlay, undefined, (id) => id === clientInfo);
  }
  await expect.poll(() => problems(overlay)).toEqual([]);

  // The worker submits the form; then tells CaseLens, which keeps a local record.
  await Promise.all([form.waitForNavigation(), form.click('input[type=submit]')]);
  await expect(form.locator('.msg')).toHaveText('Survey submitted. Thank you.');
  await panel.getByLabel('Survey ID on the form (optional)').fill('RMS-2026-0042');
  await panel.getByRole('button', { name: 'I submitted the survey' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Recorded the survey' })).toBeVisible();
  const history = panel.getByTestId('rmss-history');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText('1.A.2, 2.A.2, 4.A.8');
  await expect(history).toContainText('1000101');
  await expect(history).toContainText('Answered as the guide recommended');
  // The guide is withdrawn once the survey is recorded: the fresh form carries no notes.
  await expectNoMarks(new OverlayProbe(form), undefined, (id) => id.startsWith('rmss:recommend:'));

  expect(foreignRequests(requests, demo.url)).toEqual([]);
});

test('RMSS: a moment the policy does not cover is said so plainly, and no answer is recommended', async ({ context, panel, demo, requests }) => {
  const form = await context.newPage();
  await form.goto(`${demo.url}/rmss/survey?id=RMS-2026-0042`);
  await panel.getByRole('tab', { name: 'RMSS' }).click();
  await choose(panel.getByRole('radio', { name: 'Training' }));
  await expect(panel.getByRole('heading', { name: 'The policy does not cover this moment' })).toBeVisible();
  await expect(panel.getByText("Choose from the form's own definitions, or ask your supervisor.")).toBeVisible();
  await expect(panel.locator('.rmss-recs')).toHaveCount(0);
  // Still checked on the form, without a guide: section 3 with section 4.
  await form.check('#s4_4\\.A\\.5');
  await form.check('#s3_3\\.A\\.1');
  const overlay = new OverlayProbe(form);
  await expectMark(overlay, 'rmss:rule:section-4-excludes-section-3:3.A', undefined, 'error');
  await expectNoMarks(overlay, undefined, (id) => id.startsWith('rmss:recommend:'));
  expect(foreignRequests(requests, demo.url)).toEqual([]);
});
