/**
 * The local record of a completed guided survey: enough for a worker or supervisor to look back
 * at what was answered and whether it followed the guide. The comment is not kept: it is free
 * text that may carry client information, and a record does not need it. Records are dropped
 * after the agency's retention period (settings: rmssHistoryDays).
 */
import { z } from 'zod';
import { daysBetween } from '../dates/date-math';
import { IsoDateSchema } from '../facts/case-facts';
import type { IsoDate } from '../dates/iso-date';
import { caseIdsOf, isAnswered, textOf, type SurveyAnswers } from './answers';
import { SurveyKeySchema } from './guidance-schema';
import type { GuideResult } from './guide';
import type { Survey } from './survey-schema';
import { differencesFromGuide } from './validate';

export const RMSS_RECORD_SCHEMA_VERSION = 1;

export const GuideUseSchema = z.enum([
  'followed', // recommendations given, answers match them
  'differed', // recommendations given, the answers differ from them or leave one out
  'not-covered', // the guide said the policy does not cover the moment
  'not-used', // no guide result (or the moment was not fully described)
]);
export type GuideUse = z.infer<typeof GuideUseSchema>;

export const RmssRecordSchema = z
  .object({
    schemaVersion: z.literal(RMSS_RECORD_SCHEMA_VERSION),
    id: z.string().min(1).max(100),
    /** Date of the sampled moment. */
    date: IsoDateSchema,
    surveyId: z.string().min(1).max(100),
    surveyVersion: z.string().min(1).max(100),
    /** The survey's own id on the form (e.g. "RMS-2026-0042"), when shown. */
    sampleId: z.string().min(1).max(40).optional(),
    /** Question id -> chosen code. */
    codes: z.record(SurveyKeySchema, SurveyKeySchema),
    caseIds: z.array(z.string().min(1).max(40)).max(20),
    guide: GuideUseSchema,
    /** The guidance outcome the worker saw, when there was one. */
    outcomeId: z.string().max(100).optional(),
  })
  .strict();
export type RmssRecord = z.infer<typeof RmssRecordSchema>;

export interface RecordInput {
  id: string;
  date: IsoDate;
  sampleId?: string;
  survey: Survey;
  answers: SurveyAnswers;
  guideResult?: GuideResult;
}

export function makeRecord({ id, date, sampleId, survey, answers, guideResult }: RecordInput): RmssRecord {
  const codes: Record<string, string> = {};
  const caseIds: string[] = [];
  for (const section of survey.sections) {
    for (const q of section.questions) {
      const code = textOf(answers[q.id]);
      if (q.kind === 'choice' && code !== undefined) codes[q.id] = code;
      if (q.kind === 'case-ids') caseIds.push(...caseIdsOf(answers[q.id]));
    }
  }
  let guide: GuideUse = 'not-used';
  if (guideResult?.status === 'not-covered') guide = 'not-covered';
  if (guideResult?.status === 'recommended') {
    const recs = guideResult.recommendations;
    // "followed" needs every recommended answer given, not just no contradiction so far.
    const given = recs.every((r) => r.kind === 'leave-blank' || isAnswered(answers[r.questionId]));
    guide = given && differencesFromGuide(survey, answers, recs).length === 0 ? 'followed' : 'differed';
  }
  const outcomeId = guideResult && 'outcomeId' in guideResult ? guideResult.outcomeId : undefined;
  return RmssRecordSchema.parse({
    schemaVersion: RMSS_RECORD_SCHEMA_VERSION,
    id,
    date,
    surveyId: survey.id,
    surveyVersion: survey.version,
    ...(sampleId ? { sampleId } : {}),
    codes,
    caseIds,
    guide,
    ...(outcomeId ? { outcomeId } : {}),
  });
}

/**
 * Records younger than `days` days on `asOf` (a record dated `asOf` is 0 days old). `days` 0
 * keeps nothing, matching rmssHistoryDays = 0 ("keep no history"). Otherwise future-dated
 * records are kept: a clock or time-zone slip must not destroy a record.
 */
export function keepRecent<T extends Pick<RmssRecord, 'date'>>(records: readonly T[], days: number, asOf: IsoDate): T[] {
  if (days <= 0) return [];
  return records.filter((r) => daysBetween(r.date, asOf) < days);
}
