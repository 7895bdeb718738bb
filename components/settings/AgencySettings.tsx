/**
 * Agency configuration without code: the legacy system addresses CaseLens may run on (each
 * granted as an optional permission), and import/export of the agency's settings as JSON.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, settingsFileTooLarge } from '../../lib/config/effective-settings';
import { downloadText } from '../download';
import { useUserSettings } from '../hooks/use-user-settings';
import { StatusMessage, type Status } from '../StatusMessage';

export function AgencySettings({ effective }: { effective: EffectiveSettings }) {
  const [own, update] = useUserSettings();
  const [host, setHost] = useState('');
  const [status, setStatus] = useState<Status>();
  const ids = useId();
  const hosts = effective.settings.agencyHosts;
  const managed = effective.managedKeys.includes('agencyHosts');

  const addHost = async () => {
    const pattern = host.trim();
    const err = await update({ agencyHosts: [...new Set([...hosts, pattern])] });
    if (err) return setStatus({ ok: false, text: `"${pattern}" was not added: write the address like https://tracs.example.gov/*`, details: err });
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setHost('');
    setStatus(granted ? { ok: true, text: `CaseLens now runs on ${pattern}.` } : { ok: false, text: `Added ${pattern}, but access was not granted: CaseLens will not run there until it is.` });
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // A file too large is refused before it is read.
    const parsed = file.size > MAX_SETTINGS_FILE_BYTES ? settingsFileTooLarge() : parseSettingsFile(await file.text(), file.name);
    if (!parsed.ok) return setStatus({ ok: false, ...notImported(file.name), details: parsed.details });
    const err = await update(parsed.values);
    setStatus(err ? { ok: false, ...notImported(file.name), details: err } : { ok: true, text: `Imported settings from ${file.name}.` });
  };

  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Agency configuration</h2>
      <h3>Legacy system addresses</h3>
      <ul>
        {hosts.map((h) => (
          <li key={h}>
            <code>{h}</code>
          </li>
        ))}
        {!hosts.length && <li className="hint">Only the demo legacy system so far.</li>}
      </ul>
      {!managed && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void addHost();
          }}
        >
          <label htmlFor={`${ids}-host`}>Add address</label>
          <input id={`${ids}-host`} placeholder="https://tracs.example.gov/*" value={host} onChange={(e) => setHost(e.target.value)} />
          <button type="submit" disabled={!host.trim()}>
            Add and grant access
          </button>
        </form>
      )}
      <h3>Settings file</h3>
      <div className="row">
        <button type="button" className="secondary" onClick={() => downloadText('caselens-settings.json', `${JSON.stringify({ kind: 'caselens-settings', settings: own }, null, 2)}\n`)}>
          Export settings
        </button>
        <label htmlFor={`${ids}-import`}>Import settings</label>
        <input id={`${ids}-import`} type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} />
      </div>
      <StatusMessage status={status} testId="settings-import-status" />
    </section>
  );
}

const notImported = (fileName: string) => ({ text: `${fileName} was not imported: it is not a settings file CaseLens can use. Your settings did not change. The details below say what is wrong, for whoever made the file.` });
