/**
 * Teach this screen: the worker turns on teach mode, clicks values on the legacy page, says
 * what each one is, previews what CaseLens would read, and saves a profile. The page is never
 * changed; the saved profile is an ordinary imported profile (exportable, removable). The state
 * the screen belongs to is taken from the page (lib/screen/teach-hints.ts) until the worker
 * picks one.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveContext, TeachCapturePayload } from '../../lib/messages';
import { onBackgroundMessage, sendToPage } from '../panel-actions';
import { draftProfile, kebab, teachableFacts } from '../../lib/screen/teach-profile';
import { factChoices, guessJurisdiction } from '../../lib/screen/teach-hints';
import { ScreenProfileSchema, type ScreenProfile } from '../../lib/screen/profile-schema';
import { checkProfileReferences } from '../../lib/screen/profile-checks';
import { describeZodError } from '../../lib/validation/describe-error';
import { mergeImported } from '../../lib/config/profile-file';
import { builtInKnowledge } from '../../lib/knowledge';
import { finishRead, fitsProfile, type ScreenRead } from '../../lib/screen/read-screen';
import type { RawRead } from '../../lib/screen/extract';
import type { Jurisdiction } from '../../lib/facts/case-facts';
import { IMPORTED_PROFILES_KEY } from '../../lib/storage-keys';
import { todayIn } from '../../lib/dates/iso-date';
import { useStorageValue } from '../hooks/use-storage-value';
import { getDb } from '../hooks/use-db';
import { StatusMessage, type Status } from '../StatusMessage';
import { CapturedValues, type CapturedValue } from './CapturedValues';

export function TeachScreen({ active }: { active: ActiveContext | undefined }) {
  const [teaching, setTeaching] = useState(false);
  const [fields, setFields] = useState<CapturedValue[]>([]);
  const [page, setPage] = useState<Omit<TeachCapturePayload, 'capture'>>();
  const [meta, setMeta] = useState<{ title: string; system: string; screen: string; jurisdiction?: Jurisdiction }>({ title: '', system: '', screen: '' });
  const [preview, setPreview] = useState<ScreenRead | null>();
  const [status, setStatus] = useState<Status>();
  const [imported, saveImported] = useStorageValue<ScreenProfile[]>(IMPORTED_PROFILES_KEY, []);
  const profiles = builtInKnowledge().profiles;
  const choices = useMemo(() => factChoices(teachableFacts(), profiles), [profiles]);
  const lastSeen = useLiveQuery(async () => (await getDb().cases.orderBy('lastSeen').last())?.jurisdiction, []);
  const guessed = guessJurisdiction(
    { caseKey: active?.caseKey, profileId: active?.profileId, url: page?.url ?? active?.url, pageTitle: page?.pageTitle ?? active?.title, recognition: page?.recognition.map((t) => t.text) },
    profiles,
    lastSeen,
  );
  const jurisdiction = meta.jurisdiction ?? guessed;
  const ids = useId();

  const tabId = active?.tabId;
  useEffect(
    () =>
      // Captures come from the background, and only from the tab this panel follows.
      onBackgroundMessage((message) => {
        if (message.tabId !== tabId) return;
        if (message.type === 'teach-ended') return setTeaching(false);
        const { type: _type, tabId: _tab, capture, ...rest } = message;
        setPage(rest);
        setFields((list) => [...list, { id: Date.now() + list.length, label: capture.label, fact: '', raw: capture.raw, locators: capture.locators }]);
      }),
    [tabId],
  );

  const toggle = async () => {
    const on = !teaching;
    const result = await sendToPage(active, { type: 'teach', on });
    if (result.ok) setTeaching(on);
    setStatus({ ok: result.ok, text: result.message });
  };

  const validate = (): { profile?: ScreenProfile; error?: Status } => {
    if (!fields.some((f) => f.fact)) return { error: { ok: false, text: 'Say what at least one of the values you clicked is.' } };
    if (!jurisdiction) return { error: { ok: false, text: 'Choose the state this screen belongs to.' } };
    const title = meta.title.trim() || page?.pageTitle || 'Taught screen';
    const parsed = ScreenProfileSchema.safeParse(
      draftProfile({
        id: `taught-${kebab(title)}`,
        title,
        jurisdiction,
        system: meta.system.trim() || 'LEGACY',
        screen: meta.screen.trim() || kebab(title).toUpperCase().slice(0, 12),
        recognition: page?.recognition ?? [],
        grid: page?.grid,
        fields: fields.filter((f) => f.fact),
        taughtOn: todayIn('UTC'),
      }),
    );
    if (!parsed.success) return { error: { ok: false, text: 'CaseLens cannot save this screen yet: check the screen name, the system and the values you named.', details: describeZodError(parsed.error) } };
    const refs = checkProfileReferences(parsed.data);
    return refs.length ? { error: { ok: false, text: 'CaseLens cannot save this screen yet: some values are named in a way it cannot use.', details: refs.join('; ') } } : { profile: parsed.data };
  };

  const runPreview = async () => {
    const { profile, error } = validate();
    if (!profile) return setStatus(error);
    // The page sends what it shows (a raw read); the panel finishes it with the profile it sent.
    const raw = await sendToPage<RawRead | null>(active, { type: 'teach-preview', profile });
    setPreview(raw && typeof raw === 'object' && 'profileId' in raw && fitsProfile(raw, profile) ? finishRead(profile, raw, { referenceYear: new Date().getFullYear() }) : null);
    // A preview that worked replaces whatever went wrong before.
    setStatus({ ok: true, text: 'Preview below: what CaseLens reads on this screen now.' });
  };

  const save = async () => {
    const { profile, error } = validate();
    if (!profile) return setStatus(error);
    await saveImported(mergeImported(imported, [profile]));
    if (teaching) await toggle();
    setFields([]);
    setPreview(undefined);
    setStatus({ ok: true, text: `Saved "${profile.title}". CaseLens now reads this screen; find it under Settings, Screen profiles.` });
  };

  const update = (id: number, patch: Partial<CapturedValue>) => setFields((list) => list.map((f) => (f.id === id ? { ...f, ...patch } : f)));

  return (
    <section aria-labelledby="teach-heading">
      <h2 id="teach-heading">Teach this screen</h2>
      {active && !active.recognised && <p>CaseLens does not know the screen open now. Teach it: click each value, then say what it is.</p>}
      <div className="row">
        <button type="button" onClick={() => void toggle()} aria-pressed={teaching} disabled={!active}>
          {teaching ? 'Stop teaching' : 'Teach this screen'}
        </button>
      </div>
      <StatusMessage status={status} testId="teach-status" />
      {fields.length > 0 && (
        <>
          <fieldset>
            <legend>Screen</legend>
            <div className="stack">
              <label htmlFor={`${ids}-title`}>Screen name</label>
              <input id={`${ids}-title`} value={meta.title} placeholder={page?.pageTitle} onChange={(e) => setMeta({ ...meta, title: e.target.value })} />
              <label htmlFor={`${ids}-system`}>System</label>
              <input id={`${ids}-system`} value={meta.system} onChange={(e) => setMeta({ ...meta, system: e.target.value })} />
              <label htmlFor={`${ids}-screen`}>Screen code</label>
              <input id={`${ids}-screen`} value={meta.screen} onChange={(e) => setMeta({ ...meta, screen: e.target.value })} />
              <label htmlFor={`${ids}-j`}>Jurisdiction</label>
              <select id={`${ids}-j`} value={jurisdiction ?? ''} aria-describedby={`${ids}-j-hint`} onChange={(e) => setMeta({ ...meta, jurisdiction: (e.target.value || undefined) as Jurisdiction | undefined })}>
                {!jurisdiction && <option value="">(choose)</option>}
                <option value="OR">Oregon</option>
                <option value="AK">Alaska</option>
                <option value="ME">Maine</option>
              </select>
            </div>
            <p id={`${ids}-j-hint`} className="hint">
              {meta.jurisdiction ? 'Chosen by you.' : guessed ? 'Taken from the page; change it if it is wrong.' : 'CaseLens cannot tell from the page.'}
            </p>
            <p className="hint">Recognised by: {page?.recognition.map((t) => `"${t.text}"`).join(' and ') || 'nothing yet'}</p>
          </fieldset>
          <CapturedValues idPrefix={ids} values={fields} choices={choices} onChange={update} onForget={(id) => setFields((l) => l.filter((x) => x.id !== id))} />
          <div className="row">
            <button type="button" className="secondary" onClick={() => void runPreview()}>
              Preview
            </button>
            <button type="button" onClick={() => void save()}>
              Save profile
            </button>
          </div>
          {preview !== undefined && <TeachPreview preview={preview} />}
        </>
      )}
    </section>
  );
}

function TeachPreview({ preview }: { preview: ScreenRead | null }) {
  return (
    <table className="data" data-testid="teach-preview">
      <caption className="hint">What CaseLens reads with this profile now</caption>
      <tbody>
        {preview === null ? (
          <tr>
            <td>The text this screen is recognised by is not on the screen.</td>
          </tr>
        ) : (
          preview.fields.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td>{f.status === 'ok' ? String(f.value) : (f.problem ?? f.status)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
