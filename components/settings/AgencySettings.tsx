/**
 * Agency configuration without code: the legacy system addresses CaseLens may run on (each
 * granted as an optional permission), and import/export of the agency's settings as JSON.
 * An address set by enterprise policy still needs the worker's grant: no browser policy grants
 * an optional host permission (docs/deployment.md), so each one not yet granted has a button.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, settingsFileTooLarge, validateSettingsPart } from '../../lib/config/effective-settings';
import { downloadText } from '../download';
import { useUserSettings } from '../hooks/use-user-settings';
import { useGrantedOrigins } from '../hooks/use-granted-origins';
import { StatusMessage, type Status } from '../StatusMessage';

export function AgencySettings({ effective }: { effective: EffectiveSettings }) {
  const [own, update] = useUserSettings();
  const [host, setHost] = useState('');
  const [status, setStatus] = useState<Status>();
  const ids = useId();
  const hosts = effective.settings.agencyHosts;
  const managed = effective.managedKeys.includes('agencyHosts');

  const granted = useGrantedOrigins(hosts);

  /**
   * Asks the browser for access to an address. Firefox grants only while the click is being
   * handled, so this is called before anything is awaited; the answer is awaited after.
   */
  const ask = (pattern: string): Promise<boolean> => browser.permissions.request({ origins: [pattern] }).catch(() => false);
  const said = (pattern: string, ok: boolean, added: boolean): Status =>
    ok
      ? { ok: true, text: `CaseLens now runs on ${pattern}.` }
      : { ok: false, text: `${added ? `Added ${pattern}, but access` : `Access to ${pattern}`} was not granted: CaseLens will not run there until it is.` };

  const addHost = () => {
    const pattern = host.trim();
    const next = [...new Set([...hosts, pattern])];
    const checked = validateSettingsPart({ agencyHosts: next }, 'Your');
    if (checked.problems.length) {
      setStatus({ ok: false, text: `"${pattern}" was not added: write the address like https://tracs.example.gov/*`, details: checked.problems.join(' ') });
      return;
    }
    const answer = ask(pattern);
    void (async () => {
      const err = await update({ agencyHosts: next });
      if (err) return setStatus({ ok: false, text: `"${pattern}" was not added.`, details: err });
      setHost('');
      setStatus(said(pattern, await answer, true));
    })();
  };

  const grant = (pattern: string) => {
    const answer = ask(pattern);
    void answer.then((ok) => setStatus(said(pattern, ok, false)));
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
          <li key={h} data-host={h}>
            <code>{h}</code>{' '}
            {granted[h] === undefined ? null : granted[h] ? (
              <span className="hint">access granted</span>
            ) : (
              <button type="button" className="secondary" onClick={() => grant(h)} aria-label={`Grant access to ${h}`}>
                Grant access
              </button>
            )}
          </li>
        ))}
        {!hosts.length && <li className="hint">Only the demo legacy system so far.</li>}
      </ul>
      {!managed && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            addHost();
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
