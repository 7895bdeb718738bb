/**
 * The content-script side of the survey overlay: the page overlay keeps the RMSS marks in a
 * layer of their own (a screen re-read does not wipe them), keeps a mark that has not changed
 * (an open explanation stays open while the worker types), and the modules the content script
 * loads bring in no zod, React or Dexie.
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Overlay, type AnchoredMark } from '../../../entrypoints/content/overlay';
import { elementTarget } from '../../../lib/screen/target';
import { runtimePackages } from '../helpers/runtime-packages';

/**
 * The overlay's root is closed (page scripts cannot reach it), so the test keeps the root it
 * attaches, as only the content script itself can.
 */
function page() {
  document.body.innerHTML = '<fieldset id="s3"><input name="s3"></fieldset><input id="flag">';
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  const reports: Array<{ shown: string[]; notShown: string[] }> = [];
  const overlay = new Overlay(document, async () => true, (r) => reports.push(r));
  const marks = () => [...(roots.at(-1)?.querySelectorAll<HTMLElement>('[data-caselens-finding]') ?? [])];
  return { overlay, marks, reports };
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

describe('Overlay host', () => {
  it('is a plain div with a closed shadow root: a page cannot claim its element or read its marks', () => {
    const { overlay, marks } = page();
    overlay.renderLayer('rmss', [rmssMark()]);
    const host = document.querySelector('[data-caselens-overlay]')!;
    expect(host.nodeName).toBe('DIV');
    expect(host.shadowRoot).toBeNull();
    expect(marks()).toHaveLength(1);
    overlay.destroy();
  });

  it('tells the panel which findings it could mark and which had no field to sit beside', () => {
    const { overlay, reports } = page();
    overlay.render(
      [
        { ruleId: 'or-tcm-flag', severity: 'error', title: 'Flag', explanation: 'x', citationText: 'y', fieldKey: 'flag' },
        { ruleId: 'or-plan-signature', severity: 'warning', title: 'Sign', explanation: 'x', citationText: 'y', fieldKey: 'gone' },
      ],
      new Map([['flag', elementTarget(document.getElementById('flag')!)]]),
    );
    expect(reports.at(-1)).toEqual({ shown: ['or-tcm-flag'], notShown: ['or-plan-signature'] });
    overlay.destroy();
  });
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
