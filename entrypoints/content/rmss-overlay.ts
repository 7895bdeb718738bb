/**
 * The RMSS survey form overlay: on a page holding a survey form (a survey's `form.selector`),
 * reads the form's values, checks them (lib/rmss/validate) and marks beside each question the
 * guide's recommendation and any mistake entered, live; a mark goes once the answer is mended.
 * It only reads the form: CaseLens never fills in or submits a survey, the worker does.
 *
 * Surveys come validated from the background (in its hello reply); the guide result is
 * passed on by the background whenever the side panel changes it. Without a guide the form is
 * still checked, without recommendations or the household's names. No React, zod or Dexie here.
 */
import { anchorFor, findSurveyForm, readFormValues } from '../../lib/rmss/form-dom';
import { answersFromForm } from '../../lib/rmss/form-values';
import type { RmssGuideShare } from '../../lib/rmss/guide-share';
import { rmssMarks } from '../../lib/rmss/overlay-marks';
import { validateAnswers } from '../../lib/rmss/validate';
import type { Survey } from '../../lib/rmss/survey-schema';
import { elementTarget } from '../../lib/screen/target';
import type { AnchoredMark, Overlay } from './overlay';

const LAYER = 'rmss';

export class RmssOverlay {
  private surveys: Survey[];
  private guide: RmssGuideShare | null;
  private shown = false;
  private root: Element | null = null;

  constructor(private readonly doc: Document, private readonly overlay: Overlay, surveys: Survey[], guide: RmssGuideShare | null) {
    this.surveys = asSurveys(surveys);
    this.guide = guide;
  }

  /** Marks the form if there is one; clears the marks when the page goes. */
  start(signal: AbortSignal): void {
    if (signal.aborted) return;
    this.update();
    signal.addEventListener('abort', () => this.clear());
  }

  setSurveys(surveys: Survey[]): void {
    this.surveys = asSurveys(surveys);
    this.update();
  }

  setGuide(guide: RmssGuideShare | null): void {
    this.guide = guide;
    this.update();
  }

  /** Re-reads the form and redraws the marks (called on the page's input, change and mutations). */
  update(): void {
    const found = this.surveys.length ? findSurveyForm(this.doc, this.surveys) : null;
    this.root = found?.root ?? null;
    if (!found) return this.clear();
    const { survey, root } = found;
    const answers = answersFromForm(survey, readFormValues(root, survey));
    const guide = this.guide?.surveyId === survey.id ? this.guide : null;
    const issues = validateAnswers(survey, answers, {
      known: guide ? { ...guide.known, caseIds: guide.caseIds } : {},
      ...(guide ? { recommendations: guide.recommendations } : {}),
    });
    const marks: AnchoredMark[] = rmssMarks(survey, answers, issues, guide?.recommendations).flatMap(({ questionId, ...mark }) => {
      const anchor = anchorFor(root, survey, questionId);
      return anchor ? [{ ...mark, target: elementTarget(anchor) }] : [];
    });
    this.overlay.renderLayer(LAYER, marks);
    this.shown = marks.length > 0;
  }

  /** The survey form on the page, if there is one (the screen watcher observes it). */
  formRoot(): Element | null {
    return this.root?.isConnected ? this.root : null;
  }

  private clear(): void {
    if (!this.shown) return;
    this.overlay.renderLayer(LAYER, []);
    this.shown = false;
  }
}

/** The background sends only validated surveys; anything else (an older format) is ignored. */
function asSurveys(value: unknown): Survey[] {
  return Array.isArray(value) ? (value as Survey[]).filter((s) => typeof s?.id === 'string' && Array.isArray(s.sections) && !!s.form) : [];
}
