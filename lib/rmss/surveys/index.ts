/**
 * Registry of built-in RMSS surveys: one JSON file each, file name = id. The conventions test
 * fails when a file here is not listed below. Surveys marked `example` only prove the format
 * fits another shape; `workerSurveys()` leaves them out so a worker is never offered one.
 */
import { SurveySchema, type Survey, type SurveyInput } from '../survey-schema';
import exampleTimeStudy from './example-time-study.json' with { type: 'json' };
import orRmss from './or-rmss.json' with { type: 'json' };

export const BUILT_IN_SURVEYS = [orRmss, exampleTimeStudy] as unknown as readonly SurveyInput[];

let cached: Survey[] | undefined;

/** Validated once; throws on a broken built-in file (a bug for the tests, not the worker). */
export function builtInSurveys(): readonly Survey[] {
  cached ??= BUILT_IN_SURVEYS.map((s) => SurveySchema.parse(s));
  return cached;
}

export function surveyById(id: string): Survey | undefined {
  return builtInSurveys().find((s) => s.id === id);
}

/** The surveys to offer a worker (of those in force: built in, or from a policy pack): real agencies' surveys, optionally of one jurisdiction. */
export function offeredSurveys(surveys: readonly Survey[], jurisdiction?: string): Survey[] {
  return surveys.filter((s) => !s.example && (jurisdiction === undefined || s.jurisdiction === jurisdiction));
}

/** The built-in surveys to offer a worker. */
export function workerSurveys(jurisdiction?: string): Survey[] {
  return offeredSurveys(builtInSurveys(), jurisdiction);
}
