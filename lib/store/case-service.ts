/**
 * Recording what screens show: merge an observation into the stored case, re-evaluate it,
 * and keep the summary the caseload view sorts by. One transaction per observation, so two
 * tabs showing the same case never lose each other's update.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { CaseEvaluatorFn } from '../checklist/case-evaluator';
import { mergeObservation } from '../facts/merge';
import type { Observation } from '../facts/observation';
import type { Evaluation } from '../rules/evaluate';
import type { ScreenRead } from '../screen/read-screen';
import { putCase, summaryOf, type CaseLensDb, type CaseRecord, type DutyMark, type ScreenHealthRecord } from './db';

export const NO_DUE = '9999-12-31';
const UNFINISHED = new Set(['overdue', 'due-soon', 'open']);

/**
 * What the caseload view sorts and filters by, kept on the record so 10 000 cases need no
 * re-evaluation to list.
 */
export function summarise(evaluation: Evaluation & { reviewRuleIds?: ReadonlySet<string> }, asOf: string): Pick<CaseRecord, 'nextDue' | 'openFindings' | 'overdue' | 'reviewedMonth' | 'summaryAsOf'> {
  const dues = evaluation.checklist.filter((i) => UNFINISHED.has(i.status) && i.due).map((i) => i.due!);
  const reviewed = evaluation.checklist
    .filter((i) => evaluation.reviewRuleIds?.has(i.ruleId) && i.status === 'done' && i.doneOn)
    .map((i) => i.doneOn!.slice(0, 7))
    .sort();
  return {
    nextDue: dues.sort()[0] ?? NO_DUE,
    openFindings: evaluation.findings.length,
    overdue: evaluation.checklist.filter((i) => i.status === 'overdue').length,
    reviewedMonth: reviewed.at(-1) ?? '',
    summaryAsOf: asOf,
  };
}

/**
 * `onEvaluated` is told the evaluation as soon as it is made, before the record is written:
 * a screen's marks need not wait for the write to commit.
 */
export async function recordObservation(
  db: CaseLensDb,
  obs: Observation,
  caseKey: string,
  now: Date,
  evaluate: CaseEvaluatorFn,
  onEvaluated?: (evaluation: Evaluation) => void,
): Promise<{ record: CaseRecord; evaluation: Evaluation; duties: DutyMark[] }> {
  return db.transaction('rw', db.cases, db.caseload, db.duties, async () => {
    const existing = await db.cases.get(caseKey);
    const marks = await db.duties.where('caseKey').equals(caseKey).toArray();
    const at = now.toISOString();
    const [jurisdiction, caseNumber] = caseKey.split(':') as [CaseRecord['jurisdiction'], string];
    const state = mergeInto(existing, obs, caseKey, at);
    const evaluation = evaluate(state, marks);
    onEvaluated?.(evaluation);
    const record: CaseRecord = {
      caseKey,
      jurisdiction,
      caseNumber,
      ...state,
      firstSeen: existing?.firstSeen ?? at,
      lastSeen: at,
      program: state.facts.program,
      track: state.facts.track,
      ...summarise(evaluation, evaluation.asOf),
    };
    await putCase(db, record);
    return { record, evaluation, duties: marks };
  });
}

/** What a case becomes once an observation is merged into it (the stored record, or a new case). */
export function mergeInto(existing: Pick<CaseRecord, 'facts' | 'sources' | 'pending'> | undefined, obs: Observation, caseKey: string, at: string) {
  const [jurisdiction, caseNumber] = caseKey.split(':') as [CaseRecord['jurisdiction'], string];
  const base = existing ?? { facts: { jurisdiction, caseNumber } as CaseFacts, sources: {}, pending: {} };
  return mergeObservation(base, { ...obs, facts: { ...obs.facts, jurisdiction, caseNumber } }, at);
}

/** Screen health: how each field of a recognised screen read, kept locally to spot drift. */
export async function recordScreenHealth(db: CaseLensDb, read: ScreenRead, now: Date): Promise<void> {
  await db.transaction('rw', db.screenHealth, async () => {
    const existing = await db.screenHealth.get(read.profileId);
    const record: ScreenHealthRecord = existing ?? { profileId: read.profileId, title: read.title, lastSeen: '', reads: 0, fields: {} };
    record.title = read.title;
    if (read.profileVersion) record.profileVersion = read.profileVersion;
    else delete record.profileVersion;
    record.lastSeen = now.toISOString();
    record.reads += 1;
    for (const f of read.fields) {
      // Statuses and counts only: a problem's text would quote what the screen showed.
      const entry = (record.fields[f.key] ??= { label: f.label, lastStatus: f.status, missing: 0, unreadable: 0, fallback: 0 });
      entry.label = f.label;
      entry.lastStatus = f.status;
      entry.via = f.via;
      if (f.status === 'missing') entry.missing++;
      if (f.status === 'unreadable') entry.unreadable++;
      if ((f.via ?? 0) > 0) entry.fallback++;
    }
    await db.screenHealth.put(record);
  });
}

/** Re-evaluates a stored case (after a duty was marked by hand, or a new day) and updates its summary. */
export async function refreshSummary(db: CaseLensDb, caseKey: string, evaluate: CaseEvaluatorFn): Promise<void> {
  await db.transaction('rw', db.cases, db.caseload, db.duties, async () => {
    const record = await db.cases.get(caseKey);
    if (!record) return;
    const marks = await db.duties.where('caseKey').equals(caseKey).toArray();
    const evaluation = evaluate(record, marks);
    await putCase(db, { ...record, ...summarise(evaluation, evaluation.asOf) });
  });
}

/** Cases per slice of the daily pass: a few milliseconds of evaluation each. */
export const SUMMARY_SLICE = 10;

/**
 * The daily pass: every case's summary brought to today, in small slices. Before each slice it
 * awaits `pause` (the background waits there until no screen read is being answered); the
 * evaluation runs outside any transaction, and a case a screen updated meanwhile is left as
 * that screen's read made it (its summary is already today's).
 */
export async function refreshAllSummaries(db: CaseLensDb, evaluate: CaseEvaluatorFn, pause: () => Promise<void> = async () => {}, slice = SUMMARY_SLICE): Promise<number> {
  const keys = await db.cases.toCollection().primaryKeys();
  for (let i = 0; i < keys.length; i += slice) {
    await pause();
    const part = keys.slice(i, i + slice);
    const [records, marks] = await db.transaction('r', db.cases, db.duties, () => Promise.all([db.cases.bulkGet(part), db.duties.where('caseKey').anyOf(part).toArray()]));
    const summaries = new Map<string, { lastSeen: string; summary: ReturnType<typeof summarise> }>();
    for (const r of records) {
      if (!r) continue;
      const evaluation = evaluate(r, marks.filter((m) => m.caseKey === r.caseKey));
      summaries.set(r.caseKey, { lastSeen: r.lastSeen, summary: summarise(evaluation, evaluation.asOf) });
    }
    await db.transaction('rw', db.cases, db.caseload, async () => {
      const current = await db.cases.bulkGet(part);
      const updated = current.flatMap((r) => {
        const s = r && summaries.get(r.caseKey);
        return r && s && s.lastSeen === r.lastSeen ? [{ ...r, ...s.summary }] : [];
      });
      await db.cases.bulkPut(updated);
      await db.caseload.bulkPut(updated.map(summaryOf));
    });
  }
  return keys.length;
}

/** Marks a duty done by hand (the screens do not show it) and brings the case summary up to date. */
export async function markDuty(db: CaseLensDb, mark: DutyMark, evaluate: CaseEvaluatorFn): Promise<void> {
  await db.duties.put(mark);
  await refreshSummary(db, mark.caseKey, evaluate);
}

export async function unmarkDuty(db: CaseLensDb, caseKey: string, dutyKey: string, evaluate: CaseEvaluatorFn): Promise<void> {
  await db.duties.delete([caseKey, dutyKey]);
  await refreshSummary(db, caseKey, evaluate);
}
