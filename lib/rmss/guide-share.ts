/**
 * What the side panel's RMSS guide shares with the page overlay (storage.session, key
 * RMSS_GUIDE_KEY): the survey, the moment as the worker described it, the guide's
 * recommendations, the case identifier the worker confirmed, and that case's names and birth
 * dates so the overlay can find them in the survey comment. Session storage stays in the
 * browser's memory and is cleared on restart. No zod: the content script reads this.
 */
import type { IsoDate } from '../dates/iso-date';
import type { MomentAnswers, Recommendation } from './guide';

export interface KnownHousehold {
  names: string[];
  birthDates: IsoDate[];
}

export interface RmssGuideShare {
  surveyId: string;
  /** Guide question id -> the option the worker picked (restores the wizard when the panel reopens). */
  moment: Record<string, string>;
  outcomeId?: string;
  recommendations: Recommendation[];
  /** The case identifier(s) the worker confirmed; empty until they do. */
  caseIds: string[];
  /** Names and birth dates of the confirmed case's household (empty when none is confirmed). */
  known: KnownHousehold;
}

interface PersonLike {
  firstName?: string;
  lastName?: string;
  dob?: string;
}

/** "First Last" of each household member (the comment check also catches each part alone), and birth dates. */
export function knownFromHousehold(members: readonly PersonLike[] | undefined): KnownHousehold {
  const names = new Set<string>();
  const birthDates = new Set<IsoDate>();
  for (const m of members ?? []) {
    const full = [m.firstName, m.lastName].map((s) => s?.trim() ?? '').filter((s) => s !== '').join(' ');
    if (full) names.add(full);
    if (m.dob) birthDates.add(m.dob);
  }
  return { names: [...names], birthDates: [...birthDates] };
}

export function makeGuideShare(input: {
  surveyId: string;
  moment: MomentAnswers;
  outcomeId?: string;
  recommendations: readonly Recommendation[];
  caseIds: readonly string[];
  known?: KnownHousehold;
}): RmssGuideShare {
  const moment: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.moment)) if (v !== undefined) moment[k] = v;
  return {
    surveyId: input.surveyId,
    moment,
    ...(input.outcomeId ? { outcomeId: input.outcomeId } : {}),
    recommendations: [...input.recommendations],
    caseIds: input.caseIds.map((c) => c.trim()).filter((c) => c !== ''),
    known: input.known ?? { names: [], birthDates: [] },
  };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const RECOMMENDATION_KINDS = new Set(['choose', 'case-ids', 'leave-blank']);

/**
 * A stored share as the overlay may use it, or null when it is missing or not of this shape
 * (an older version's value, say). The panel writes it; this is a shape check, not a schema.
 */
export function readGuideShare(value: unknown): RmssGuideShare | null {
  if (!isRecord(value) || typeof value.surveyId !== 'string' || !isRecord(value.moment)) return null;
  if (!Array.isArray(value.recommendations) || !isStringArray(value.caseIds) || !isRecord(value.known)) return null;
  if (!isStringArray(value.known.names) || !isStringArray(value.known.birthDates)) return null;
  const recs = value.recommendations;
  if (!recs.every((r) => isRecord(r) && typeof r.kind === 'string' && RECOMMENDATION_KINDS.has(r.kind) && isRecord(r.citation))) return null;
  for (const r of recs as Recommendation[]) {
    if (r.kind === 'leave-blank' ? !isStringArray(r.questionIds) : typeof r.questionId !== 'string') return null;
    if (r.kind === 'case-ids' && !isStringArray(r.caseIds)) return null;
  }
  return value as unknown as RmssGuideShare;
}
