/**
 * A survey's web form on the page: finding it (the survey's `form.selector`), reading its
 * controls' values by name (for answersFromForm), and the element a mark about a question sits
 * beside (the fieldset holding the question's controls, else the control). Reads only: nothing
 * here changes the form. No zod: the content script uses it. DOM nodes are passed in.
 */
import type { RawFormValues } from './form-values';
import type { Survey } from './survey-schema';

export interface SurveyForm {
  survey: Survey;
  /** The element the survey's selector found (usually a <form>). */
  root: Element;
}

type NamedControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The first survey whose form is on this page, with its form element. */
export function findSurveyForm(doc: Document, surveys: readonly Survey[]): SurveyForm | null {
  for (const survey of surveys) {
    const selector = survey.form?.selector;
    if (!selector) continue;
    let root: Element | null = null;
    try {
      root = doc.querySelector(selector);
    } catch {
      continue; // a selector this browser cannot parse finds nothing
    }
    if (root) return { survey, root };
  }
  return null;
}

function boundNames(survey: Survey): Set<string> {
  return new Set((survey.form?.fields ?? []).flatMap((f) => f.names));
}

function controlsNamed(root: Element, names: ReadonlySet<string>): NamedControl[] {
  return Array.from(root.querySelectorAll('input, select, textarea')).filter(
    (el): el is NamedControl => names.has((el as NamedControl).name),
  );
}

/**
 * Control name -> value, for the controls the survey binds. A radio group or a checkbox gives
 * the checked one's value ('' when none is checked); other controls their current value.
 */
export function readFormValues(root: Element, survey: Survey): RawFormValues {
  const raw: Record<string, string> = {};
  for (const control of controlsNamed(root, boundNames(survey))) {
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      if (control.checked) raw[control.name] = control.value;
      else raw[control.name] ??= '';
      continue;
    }
    raw[control.name] ??= control.value;
  }
  return raw;
}

/**
 * Where a mark about a question goes: the innermost fieldset that holds all of the question's
 * controls (a radio group, the case identifier boxes) and no other question's, else its first
 * control; null when the question has no control on this form.
 */
export function anchorFor(root: Element, survey: Survey, questionId: string): Element | null {
  const names = new Set(survey.form?.fields.find((f) => f.question === questionId)?.names ?? []);
  const controls = controlsNamed(root, names);
  const first = controls[0];
  if (!first) return null;
  const others = controlsNamed(root, boundNames(survey)).filter((c) => !names.has(c.name));
  for (let fs = first.closest('fieldset'); fs && root.contains(fs); fs = fs.parentElement?.closest('fieldset') ?? null) {
    const set = fs;
    if (controls.every((c) => set.contains(c)) && !others.some((c) => set.contains(c))) return set;
  }
  return first;
}
