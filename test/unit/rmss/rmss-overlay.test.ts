/**
 * The content-script side of the survey overlay: the page overlay keeps the RMSS marks in a
 * layer of their own (a screen re-read does not wipe them), keeps a mark that has not changed
 * (an open explanation stays open while the worker types), and the modules the content script
 * loads bring in no zod, React or Dexie.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Overlay, type AnchoredMark } from '../../../entrypoints/content/overlay';
import { elementTarget } from '../../../lib/screen/target';
import { runtimePackages } from '../helpers/runtime-packages';

function page() {
  document.body.innerHTML = '<fieldset id="s3"><input name="s3"></fieldset><input id="flag">';
  const overlay = new Overlay(document, () => {});
  const marks = () => [...(document.querySelector('caselens-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-caselens-finding]') ?? [])];
  return { overlay, marks };
}

const rmssMark = (over: Partial<AnchoredMark> = {}): AnchoredMark => ({
  id: 'rmss:rule:section-4-excludes-section-3:3.A',
  severity: 'error',
  title: 'Section 4 is answered, so section 3 must be left blank.',
  explanation: 'Leave this blank.',
  citationText: 'Policy 000',
  target: elementTarget(document.getElementById('s3')!),
  ...over,
});

describe('Overlay layers', () => {
  it('screen findings and RMSS marks live side by side; each render replaces only its own layer', () => {
    const { overlay, marks } = page();
    overlay.renderLayer('rmss', [rmssMark()]);
    overlay.render(
      [{ ruleId: 'or-tcm-flag', severity: 'error', title: 'Flag', explanation: 'x', citationText: 'y', fieldKey: 'flag' }],
      new Map([['flag', elementTarget(document.getElementById('flag')!)]]),
    );
    expect(marks().map((m) => m.dataset.caselensFinding)).toEqual(['rmss:rule:section-4-excludes-section-3:3.A', 'or-tcm-flag']);
    overlay.render([], new Map());
    expect(marks().map((m) => m.dataset.caselensFinding)).toEqual(['rmss:rule:section-4-excludes-section-3:3.A']);
    overlay.renderLayer('rmss', []);
    expect(marks()).toEqual([]);
    overlay.destroy();
  });

  it('an unchanged mark is kept (its explanation stays open); a changed one is rebuilt', () => {
    const { overlay, marks } = page();
    overlay.renderLayer('rmss', [rmssMark(), rmssMark({ id: 'rmss:recommend:3.A', severity: 'info', title: 'Guide' })]);
    const [first, second] = marks();
    first!.querySelector<HTMLButtonElement>('.badge')!.click();
    overlay.renderLayer('rmss', [rmssMark(), rmssMark({ id: 'rmss:recommend:3.A', severity: 'info', title: 'Guide, changed' })]);
    const [firstAgain, secondAgain] = marks();
    expect(firstAgain).toBe(first);
    expect(firstAgain!.querySelector<HTMLElement>('.pop')!.hidden).toBe(false);
    expect(secondAgain).not.toBe(second);
    expect(first!.dataset.severity).toBe('error');
    expect(secondAgain!.dataset.severity).toBe('info');
    overlay.destroy();
  });
});


describe('content-script RMSS modules', () => {
  it.each(['entrypoints/content/rmss-overlay.ts', 'lib/rmss/overlay-marks.ts', 'lib/rmss/form-dom.ts', 'lib/rmss/guide-share.ts'])(
    '%s loads no zod, React or Dexie',
    (file) => {
      const packages = [...runtimePackages(path.resolve(file))];
      for (const banned of ['zod', 'react', 'react-dom', 'dexie', 'dexie-react-hooks']) expect(packages).not.toContain(banned);
    },
  );
});
