/** Every citation in the built-in data units, each with where it sits (for test messages). */
import type { Citation } from '../../../lib/policy/citation';
import { BUILT_IN_RULES } from '../../../lib/rules/registry';
import { BUILT_IN_TEMPLATES } from '../../../lib/templates';
import { BUILT_IN_SURVEYS } from '../../../lib/rmss/surveys';
import { BUILT_IN_PROFILES } from '../../../lib/profiles';
import { BUILT_IN_CALENDARS } from '../../../lib/calendars';
import * as LINT_CITATIONS from '../../../lib/narration/lint-citations';

export interface PlacedCitation {
  where: string;
  citation: Citation;
}

/** Walks a unit for `citation` keys at any depth (fields, checks, answers, reminders...). */
function walk(value: unknown, at: string): PlacedCitation[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, `${at}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'citation' && v && typeof v === 'object' ? [{ where: `${at}.citation`, citation: v as Citation }, ...walk(v, at)] : walk(v, `${at}.${k}`)));
}

const units = (kind: string, list: ReadonlyArray<{ id: string }>) => list.flatMap((u) => walk(u, `${kind} ${u.id}`));

function lintCitations(): PlacedCitation[] {
  return Object.entries(LINT_CITATIONS).flatMap(([name, v]) =>
    'policy' in v ? [{ where: `lint ${name}`, citation: v as Citation }] : Object.entries(v as Record<string, Citation>).map(([j, c]) => ({ where: `lint ${name}.${j}`, citation: c })),
  );
}

export function allCitations(): PlacedCitation[] {
  return [
    ...units('rule', BUILT_IN_RULES),
    ...units('template', BUILT_IN_TEMPLATES),
    ...lintCitations(),
    ...units('survey', BUILT_IN_SURVEYS),
    ...units('profile', BUILT_IN_PROFILES),
    ...units('calendar', BUILT_IN_CALENDARS),
  ];
}
