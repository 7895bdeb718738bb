/**
 * The RMSS survey form overlay: on a page holding a survey form (a survey's `form.selector`),
 * reads the form's values, checks them (lib/rmss/validate) and marks beside each question the
 * guide's recommendation and any mistake entered, live; a mark goes once the answer is mended.
 * It only reads the form: CaseLens never fills in or submits a survey, the worker does.
 *
 * Surveys come validated from storage.local (the background publishes them); the guide result
 * from storage.session, written by the side panel (the background opens session storage to
 * content scripts at start). Without a guide the form is still checked, without
 * recommendations or the household's names. No React, zod or Dexie here.
 */
import { browser } from 'wxt/browser';
import { RMSS_GUIDE_KEY, SURVEYS_IN_FORCE_KEY } from '../../lib/storage-keys';
import { anchorFor, findSurveyForm, readFormValues } from '../../lib/rmss/form-dom';
import { answersFromForm } from '../../lib/rmss/form-values';
import { readGuideShare, type RmssGuideShare } from '../../lib/rmss/guide-share';
import { rmssMarks } from '../../lib/rmss/overlay-marks';
import { validateAnswers } from '../../lib/rmss/validate';
import type { Survey } from '../../lib/rmss/survey-schema';
import { elementTarget } from '../../lib/screen/target';
import type { AnchoredMark, Overlay } from './overlay';

const LAYER = 'rmss';

export class RmssOverlay {
  private surveys: Survey[] = [];
  private guide: RmssGuideShare | null = null;
  private shown = false;

  constructor(private readonly doc: Document, private readonly overlay: Overlay) {}

  /** Loads surveys and the guide, marks the form if there is one, and follows storage changes. */
  async start(signal: AbortSignal): Promise<void> {
    await Promise.all([this.loadSurveys(), this.loadGuide()]);
    if (signal.aborted) return;
    this.update();
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SURVEYS_IN_FORCE_KEY in changes) this.surveys = asSurveys(changes[SURVEYS_IN_FORCE_KEY]!.newValue);
      else if (area === 'session' && RMSS_GUIDE_KEY in changes) this.guide = readGuideShare(changes[RMSS_GUIDE_KEY]!.newValue);
      else return;
      this.update();
    };
    browser.storage.onChanged.addListener(onStorage);
    signal.addEventListener('abort', () => {
      browser.storage.onChanged.removeListener(onStorage);
      this.clear();
    });
  }

  /** Re-reads the form and redraws the marks (called on the page's input, change and mutations). */
  update(): void {
    const found = this.surveys.length ? findSurveyForm(this.doc, this.surveys) : null;
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

  private clear(): void {
    if (!this.shown) return;
    this.overlay.renderLayer(LAYER, []);
    this.shown = false;
  }

  private async loadSurveys(): Promise<void> {
    const stored = await browser.storage.local.get(SURVEYS_IN_FORCE_KEY);
    this.surveys = asSurveys(stored[SURVEYS_IN_FORCE_KEY]);
  }

  private async loadGuide(): Promise<void> {
    try {
      const stored = await browser.storage.session.get(RMSS_GUIDE_KEY);
      this.guide = readGuideShare(stored[RMSS_GUIDE_KEY]);
    } catch {
      this.guide = null; // session storage not open to content scripts (yet): check without a guide
    }
  }
}

/** The background stores only validated surveys; anything else (an older format) is ignored. */
function asSurveys(value: unknown): Survey[] {
  return Array.isArray(value) ? (value as Survey[]).filter((s) => typeof s?.id === 'string' && Array.isArray(s.sections) && !!s.form) : [];
}
