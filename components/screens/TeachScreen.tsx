/**
 * Teach this screen: the worker turns on teach mode, clicks values on the legacy page, names
 * each as a case fact, previews what CaseLens would read, and saves a profile. The page is
 * never changed; the saved profile is an ordinary imported profile (exportable, removable).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { ActiveContext, TeachCapturePayload } from '../../lib/messages';
import { onBackgroundMessage, sendToPage } from '../panel-actions';
import { draftProfile, kebab, teachableFacts, type TaughtField } from '../../lib/screen/teach-profile';
import { ScreenProfileSchema, type ScreenProfile } from '../../lib/screen/profile-schema';
import { checkProfileReferences } from '../../lib/screen/profile-checks';
import { describeZodError } from '../../lib/validation/describe-error';
import { mergeImported } from '../../lib/config/profile-file';
import type { ScreenRead } from '../../lib/screen/read-screen';
import type { Jurisdiction } from '../../lib/facts/case-facts';
import { IMPORTED_PROFILES_KEY } from '../../lib/storage-keys';
import { useStorageValue } from '../hooks/use-storage-value';
import { todayIn } from '../../lib/dates/iso-date';

interface Draft extends TaughtField {
  id: number;
}

export function TeachScreen({ active }: { active: ActiveContext | undefined }) {
  const [teaching, setTeaching] = useState(false);
  const [fields, setFields] = useState<Draft[]>([]);
  const [page, setPage] = useState<Omit<TeachCapturePayload, 'capture'>>();
  const [meta, setMeta] = useState({ title: '', system: '', screen: '', jurisdiction: 'OR' as Jurisdiction });
  const [preview, setPreview] = useState<ScreenRead | null>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [imported, saveImported] = useStorageValue<ScreenProfile[]>(IMPORTED_PROFILES_KEY, []);
  const facts = useMemo(() => teachableFacts(), []);
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

  const taught = () => {
    const title = meta.title.trim() || page?.pageTitle || 'Taught screen';
    return draftProfile({
      id: `taught-${kebab(title)}`,
      title,
      jurisdiction: meta.jurisdiction,
      system: meta.system.trim() || 'LEGACY',
      screen: meta.screen.trim() || kebab(title).toUpperCase().slice(0, 12),
      recognition: page?.recognition ?? [],
      grid: page?.grid,
      fields: fields.filter((f) => f.fact),
      taughtOn: todayIn('UTC'),
    });
  };

  const validate = (): { profile?: ScreenProfile; error?: string } => {
    if (!fields.some((f) => f.fact)) return { error: 'Name at least one captured value as a case fact.' };
    const parsed = ScreenProfileSchema.safeParse(taught());
    if (!parsed.success) return { error: `The profile is not valid yet: ${describeZodError(parsed.error)}` };
    const refs = checkProfileReferences(parsed.data);
    return refs.length ? { error: refs.join('; ') } : { profile: parsed.data };
  };

  const runPreview = async () => {
    const { profile, error } = validate();
    if (!profile) return setStatus({ ok: false, text: error! });
    const read = await sendToPage<ScreenRead | null>(active, { type: 'teach-preview', profile });
    setPreview(read && 'profileId' in read ? read : null);
  };

  const save = async () => {
    const { profile, error } = validate();
    if (!profile) return setStatus({ ok: false, text: error! });
    await saveImported(mergeImported(imported, [profile]));
    if (teaching) await toggle();
    setFields([]);
    setPreview(undefined);
    setStatus({ ok: true, text: `Saved "${profile.title}". CaseLens now reads this screen; find it under Settings, Screen profiles.` });
  };

  const update = (id: number, patch: Partial<Draft>) => setFields((list) => list.map((f) => (f.id === id ? { ...f, ...patch } : f)));

  return (
    <section aria-labelledby="teach-heading">
      <h2 id="teach-heading">Teach this screen</h2>
      {active && !active.recognised && <p>CaseLens does not know the screen open now. Teach it: click each value, then name it.</p>}
      <div className="row">
        <button type="button" onClick={() => void toggle()} aria-pressed={teaching} disabled={!active}>
          {teaching ? 'Stop teaching' : 'Teach this screen'}
        </button>
      </div>
      <p role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error-text' : 'status'} data-testid="teach-status">
        {status?.text}
      </p>
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
              <select id={`${ids}-j`} value={meta.jurisdiction} onChange={(e) => setMeta({ ...meta, jurisdiction: e.target.value as Jurisdiction })}>
                <option value="OR">Oregon</option>
                <option value="AK">Alaska</option>
                <option value="ME">Maine</option>
              </select>
            </div>
            <p className="hint">Recognised by: {page?.recognition.map((t) => `"${t.text}"`).join(' and ') || 'nothing yet'}</p>
          </fieldset>
          <ol className="captures">
            {fields.map((f) => (
              <li key={f.id} data-capture>
                <p>
                  Value <code>{f.raw}</code>
                </p>
                <div className="stack">
                  <label htmlFor={`${ids}-${f.id}-label`}>Field name</label>
                  <input id={`${ids}-${f.id}-label`} value={f.label} onChange={(e) => update(f.id, { label: e.target.value })} />
                  <label htmlFor={`${ids}-${f.id}-fact`}>Case fact</label>
                  <select id={`${ids}-${f.id}-fact`} value={f.fact} onChange={(e) => update(f.id, { fact: e.target.value })}>
                    <option value="">(choose)</option>
                    {facts.map((x) => (
                      <option key={x.path} value={x.path}>
                        {x.path} ({x.kind})
                      </option>
                    ))}
                  </select>
                </div>
                <button type="button" className="secondary" onClick={() => setFields((l) => l.filter((x) => x.id !== f.id))} aria-label={`Forget captured value ${f.raw}`}>
                  Forget
                </button>
              </li>
            ))}
          </ol>
          <div className="row">
            <button type="button" className="secondary" onClick={() => void runPreview()}>
              Preview
            </button>
            <button type="button" onClick={() => void save()}>
              Save profile
            </button>
          </div>
          {preview !== undefined && (
            <table className="data" data-testid="teach-preview">
              <caption className="hint">What CaseLens reads with this profile now</caption>
              <tbody>
                {preview === null ? (
                  <tr>
                    <td>The recognition text is not on the screen.</td>
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
          )}
        </>
      )}
    </section>
  );
}
