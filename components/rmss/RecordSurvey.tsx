/**
 * After the worker has submitted the survey on its own form: what they answered (prefilled
 * from the guide, for them to correct where they answered otherwise) goes into the local RMSS
 * record. CaseLens cannot see the submission, so the worker says so. The comment is never
 * recorded (it is free text).
 */
import { useState, type FormEvent } from 'react';
import type { SurveyAnswers } from '../../lib/rmss/answers';
import type { GuideResult } from '../../lib/rmss/guide';
import { makeRecord, type RmssRecord } from '../../lib/rmss/record';
import type { Survey } from '../../lib/rmss/survey-schema';

type Done = Extract<GuideResult, { status: 'recommended' | 'not-covered' }>;

function prefill(survey: Survey, result: Done): { codes: Record<string, string>; caseIds: Record<string, string> } {
  const codes: Record<string, string> = {};
  const caseIds: Record<string, string> = {};
  for (const rec of result.status === 'recommended' ? result.recommendations : []) {
    if (rec.kind === 'choose') codes[rec.questionId] = rec.code;
    if (rec.kind === 'case-ids') caseIds[rec.questionId] = rec.caseIds.join(', ');
  }
  for (const s of survey.sections) for (const q of s.questions) if (q.kind === 'choice') codes[q.id] ??= '';
  return { codes, caseIds };
}

const splitIds = (text: string) => text.split(/[\s,;]+/).filter((x) => x !== '');

export function RecordSurvey({
  survey,
  result,
  today,
  keepDays,
  onRecord,
}: {
  survey: Survey;
  result: Done;
  today: string;
  keepDays: number;
  /** Stores the record (or not, when no history is kept); resolves once done. */
  onRecord: (record: RmssRecord) => Promise<void>;
}) {
  const [initial] = useState(() => prefill(survey, result));
  const [codes, setCodes] = useState(initial.codes);
  const [caseIds, setCaseIds] = useState(initial.caseIds);
  const [date, setDate] = useState(today);
  const [sampleId, setSampleId] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const choices = survey.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'choice'));
  const caseQuestions = survey.sections.flatMap((s) => s.questions.filter((q) => q.kind === 'case-ids'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    const answers: SurveyAnswers = {};
    for (const [qid, code] of Object.entries(codes)) if (code) answers[qid] = code;
    for (const [qid, text] of Object.entries(caseIds)) if (splitIds(text).length) answers[qid] = splitIds(text);
    let record: RmssRecord;
    try {
      record = makeRecord({ id: crypto.randomUUID(), date, ...(sampleId.trim() ? { sampleId: sampleId.trim() } : {}), survey, answers, guideResult: result });
    } catch {
      setError('Check the date (YYYY-MM-DD), the survey ID (at most 40 characters) and the case identifiers (at most 40 characters each).');
      return;
    }
    setBusy(true);
    try {
      await onRecord(record);
    } catch {
      setError('The record could not be saved in this browser.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="rmss-record" aria-labelledby="rmss-record-heading">
      <h3 id="rmss-record-heading">After you submit the survey</h3>
      <p className="hint">
        CaseLens cannot see the survey being submitted. When you have submitted it, tell CaseLens what you answered
        {keepDays > 0 ? `: it keeps a local record for ${keepDays} days (Settings), without the comment.` : '. RMSS history is off (Settings: keep 0 days), so nothing is recorded.'}
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="rmss-record-date">Date of the sampled moment</label>
          <input id="rmss-record-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="rmss-record-sample">Survey ID on the form (optional)</label>
          <input id="rmss-record-sample" value={sampleId} maxLength={40} autoComplete="off" onChange={(e) => setSampleId(e.target.value)} />
        </div>
        <fieldset>
          <legend>What you answered</legend>
          {choices.map((q) => (
            <div key={q.id} className="field">
              <label htmlFor={`rmss-record-${q.id}`}>{q.label}</label>
              <select id={`rmss-record-${q.id}`} value={codes[q.id] ?? ''} onChange={(e) => setCodes({ ...codes, [q.id]: e.target.value })}>
                <option value="">(left blank)</option>
                {q.kind === 'choice' &&
                  q.options.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.code} {o.label}
                    </option>
                  ))}
              </select>
            </div>
          ))}
          {caseQuestions.map((q) => (
            <div key={q.id} className="field">
              <label htmlFor={`rmss-record-${q.id}`}>{q.label}</label>
              <input
                id={`rmss-record-${q.id}`}
                value={caseIds[q.id] ?? ''}
                autoComplete="off"
                onChange={(e) => setCaseIds({ ...caseIds, [q.id]: e.target.value })}
              />
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          I submitted the survey
        </button>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
