/**
 * The RMSS tab: a guide for the random-moment survey. The worker says what they were doing at
 * the sampled moment; the guide says which answers the policy gives and why (with citations),
 * or plainly that the policy does not cover the moment. The case identifier is offered from the
 * current or a recent case for the worker to confirm. The result (and that household's names
 * and birth dates, for the comment check) is shared with the survey form's overlay through
 * storage.session. The worker fills in and submits the survey; afterwards they may keep a
 * local record of it.
 */
import { usePolicy } from '../hooks/use-policy';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import type { ActiveContext } from '../../lib/messages';
import type { Settings } from '../../lib/config/settings-schema';
import { formatUs, todayIn } from '../../lib/dates/iso-date';
import { guide, guideQuestions } from '../../lib/rmss/guide';
import { knownFromHousehold, makeGuideShare, readGuideShare } from '../../lib/rmss/guide-share';
import type { RmssRecord } from '../../lib/rmss/record';
import { offeredSurveys } from '../../lib/rmss/surveys';
import { RMSS_GUIDE_KEY } from '../../lib/storage-keys';
import { getDb } from '../hooks/use-db';
import { CaseChoice, type CaseOption, type ChosenCase } from './CaseChoice';
import { GuideQuestions } from './GuideQuestions';
import { GuideResultView, resultStatus } from './GuideResult';
import { RecordSurvey } from './RecordSurvey';
import { RmssHistory } from './RmssHistory';
import './rmss.css';

/** How many recently seen cases are offered besides the current one. */
const RECENT_CASES = 5;

export function RmssPanel({ active, settings }: { active: ActiveContext | undefined; settings: Settings }) {
  const inForce = usePolicy().knowledge.surveys;
  const surveys = useMemo(() => offeredSurveys(inForce), [inForce]);
  const [surveyId, setSurveyId] = useState<string>();
  const [moment, setMoment] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<ChosenCase | null>(null);
  const [restored, setRestored] = useState(false);
  const [notice, setNotice] = useState('');

  const currentCase = useLiveQuery(async () => (active?.caseKey ? ((await getDb().cases.get(active.caseKey)) ?? null) : null), [active?.caseKey]);
  const survey = surveys.find((s) => s.id === surveyId) ?? surveys.find((s) => s.jurisdiction === currentCase?.jurisdiction) ?? surveys[0];
  const jurisdiction = survey?.jurisdiction;
  const recent = useLiveQuery(
    () =>
      getDb()
        .cases.orderBy('lastSeen')
        .reverse()
        .filter((c) => c.jurisdiction === jurisdiction)
        .limit(RECENT_CASES + 1)
        .toArray(),
    [jurisdiction],
  );
  const chosenRecord = useLiveQuery(async () => {
    if (!chosen?.caseNumber) return null;
    const db = getDb();
    if (chosen.caseKey) return (await db.cases.get(chosen.caseKey)) ?? null;
    return (await db.cases.where('caseNumber').equals(chosen.caseNumber).filter((c) => c.jurisdiction === jurisdiction).first()) ?? null;
  }, [chosen?.caseKey, chosen?.caseNumber, jurisdiction]);

  // The guide result shared earlier in this browser session (the panel was closed and reopened).
  useEffect(() => {
    let alive = true;
    void browser.storage.session
      .get(RMSS_GUIDE_KEY)
      .then((v) => {
        const share = readGuideShare(v[RMSS_GUIDE_KEY]);
        if (!alive) return;
        if (share && surveys.some((s) => s.id === share.surveyId)) {
          setSurveyId(share.surveyId);
          setMoment(share.moment);
          if (share.caseIds[0]) setChosen({ caseNumber: share.caseIds[0], typed: false });
        }
      })
      .catch(() => {})
      .finally(() => alive && setRestored(true));
    return () => {
      alive = false;
    };
  }, [surveys]);

  const caseNumber = chosen?.caseNumber ?? '';
  const caseIds = useMemo(() => (caseNumber ? [caseNumber] : []), [caseNumber]);
  const result = useMemo(() => (survey ? guide(survey, moment, { caseIds }) : undefined), [survey, moment, caseIds]);
  const questions = useMemo(() => (survey ? guideQuestions(survey, moment) : []), [survey, moment]);

  // Share the result with the survey form's overlay; withdraw it when there is none.
  const lastShared = useRef<string>('');
  useEffect(() => {
    if (!restored || !survey || !result) return;
    if (result.status !== 'recommended') {
      if (lastShared.current !== 'none') void browser.storage.session.remove(RMSS_GUIDE_KEY);
      lastShared.current = 'none';
      return;
    }
    const share = makeGuideShare({
      surveyId: survey.id,
      moment,
      outcomeId: result.outcomeId,
      recommendations: result.recommendations,
      caseIds,
      known: knownFromHousehold(chosenRecord?.facts.household),
    });
    const json = JSON.stringify(share);
    if (json === lastShared.current) return;
    lastShared.current = json;
    void browser.storage.session.set({ [RMSS_GUIDE_KEY]: share });
  }, [restored, survey, result, moment, caseIds, chosenRecord]);

  if (!survey || !result) return <p className="empty">No RMSS survey is configured.</p>;

  const zone = (settings.timeZones as Record<string, string | undefined>)[survey.jurisdiction] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = todayIn(zone);
  const seen = (at: string) => formatUs(todayIn(zone, new Date(at)));
  const caseOptions: CaseOption[] = [];
  if (currentCase && currentCase.jurisdiction === survey.jurisdiction) {
    caseOptions.push({ caseNumber: currentCase.caseNumber, caseKey: currentCase.caseKey, lastSeenText: seen(currentCase.lastSeen), current: true });
  }
  for (const c of recent ?? []) {
    if (caseOptions.length > RECENT_CASES || caseOptions.some((o) => o.caseKey === c.caseKey)) continue;
    caseOptions.push({ caseNumber: c.caseNumber, caseKey: c.caseKey, lastSeenText: seen(c.lastSeen), current: false });
  }
  const needsCase = result.status === 'recommended' && result.recommendations.some((r) => r.kind === 'case-ids');
  const keepDays = settings.rmssHistoryDays;

  const startOver = () => {
    setMoment({});
    setChosen(null);
  };
  const record = async (r: RmssRecord) => {
    if (keepDays > 0) await getDb().rmssHistory.add({ date: r.date, record: r });
    startOver();
    setNotice(keepDays > 0 ? `Recorded the survey of ${r.date}.` : 'Done. Nothing was recorded: RMSS history is off.');
  };

  return (
    <div className="rmss">
      <h2>RMSS survey guide</h2>
      <p className="hint">
        Tell CaseLens what you were doing at the sampled moment. It shows the answers policy gives, and why. You answer and submit the survey yourself.
      </p>
      {surveys.length > 1 && (
        <div className="row">
          <label htmlFor="rmss-survey">Survey</label>
          <select id="rmss-survey" value={survey.id} onChange={(e) => {
              setSurveyId(e.target.value);
              startOver();
            }}>
            {surveys.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="note">{survey.title}</p>
      <GuideQuestions questions={questions} moment={moment} onAnswer={(id, value) => {
          setMoment({ ...moment, [id]: value });
          setNotice('');
        }} />
      <p role="status" className="rmss-status">
        {notice || resultStatus(result)}
      </p>
      {needsCase && <CaseChoice options={caseOptions} chosen={chosen} onChoose={setChosen} />}
      <GuideResultView survey={survey} result={result} />
      {Object.keys(moment).length > 0 && (
        <p>
          <button type="button" className="secondary" onClick={startOver}>
            Start over
          </button>
        </p>
      )}
      {result.status !== 'needs-answers' && (
        <RecordSurvey
          key={`${survey.id}:${'outcomeId' in result ? result.outcomeId : ''}:${caseIds.join(',')}`}
          survey={survey}
          result={result}
          today={today}
          keepDays={keepDays}
          onRecord={record}
        />
      )}
      <RmssHistory keepDays={keepDays} today={today} />
    </div>
  );
}
