/**
 * The screen profiles in force: built-in, then the worker's imported ones, then enterprise
 * policy's; a later one with the same id replaces an earlier one. Invalid stored profiles are
 * skipped and reported, never half-used.
 */
import { z } from 'zod';
import type { ScreenProfile } from '../screen/profile-schema';
import { parseProfile } from '../screen/profile-migrate';
import { describeZodError } from '../validation/describe-error';
import { checkProfileReferences } from '../screen/profile-checks';
import { checkSurveyBinding } from '../rmss/profile-surveys';

export interface ProfileSet {
  profiles: ScreenProfile[];
  problems: string[];
}

/** The file format of "Import screen profiles" and "Export". */
export const ProfileFileSchema = z
  .object({
    kind: z.literal('caselens-screen-profiles'),
    profiles: z.array(z.unknown()).min(1),
  })
  .strict();

export function validateProfiles(values: unknown[], source: string): ProfileSet {
  const profiles: ScreenProfile[] = [];
  const problems: string[] = [];
  values.forEach((value, i) => {
    const parsed = parseProfile(value);
    const name = (value as { id?: unknown })?.id;
    const label = typeof name === 'string' ? `"${name}"` : `#${i + 1}`;
    if (!parsed.success) {
      problems.push(`${source} profile ${label}: ${describeZodError(parsed.error)}`);
      return;
    }
    const refs = [...checkProfileReferences(parsed.data), ...(parsed.data.surveyForms ?? []).flatMap((b) => checkSurveyBinding(b))];
    if (refs.length) {
      problems.push(`${source} profile ${label}: ${refs.slice(0, 3).join('; ')}`);
      return;
    }
    profiles.push(parsed.data);
  });
  return { profiles, problems };
}

export function profileSet(builtIn: readonly ScreenProfile[], imported: unknown, managed: unknown): ProfileSet {
  const byId = new Map(builtIn.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const [values, source] of [[imported, 'Imported'], [managed, 'Enterprise policy']] as const) {
    if (!Array.isArray(values)) continue;
    const result = validateProfiles(values, source);
    problems.push(...result.problems);
    for (const p of result.profiles) byId.set(p.id, p);
  }
  return { profiles: [...byId.values()], problems };
}
