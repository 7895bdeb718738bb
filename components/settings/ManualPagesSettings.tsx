/**
 * The agency's policy manual pages CaseLens watches: add an address (its host permission is
 * asked for, as for the legacy hosts), or see the ones enterprise policy set.
 */
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '../../lib/config/effective-settings';
import { useUserSettings } from '../hooks/use-user-settings';
import { StatusMessage, type Status } from '../StatusMessage';

export function ManualPagesSettings({ effective }: { effective: EffectiveSettings }) {
  const [, update] = useUserSettings();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<Status>();
  const ids = useId();
  const pages = effective.settings.policyManualUrls;
  const managed = effective.managedKeys.includes('policyManualUrls');

  const add = async () => {
    const pattern = address.trim();
    const err = await update({ policyManualUrls: [...new Set([...pages, pattern])] });
    if (err) return setStatus({ ok: false, text: `"${pattern}" was not added: write the address like https://manuals.example.gov/ssp/*`, details: err });
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setAddress('');
    setStatus(granted ? { ok: true, text: `CaseLens now compares ${pattern} with the policy it checks, when you open it.` } : { ok: false, text: `Added ${pattern}, but access was not granted: CaseLens cannot read those pages until it is.` });
  };

  return (
    <>
      <h3>Policy manual pages to watch</h3>
      <ul>
        {pages.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
        {!pages.length && <li className="hint">None.</li>}
      </ul>
      {managed ? (
        <p className="hint">Set by your agency.</p>
      ) : (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label htmlFor={`${ids}-manual`}>Add a policy manual address</label>
          <input id={`${ids}-manual`} placeholder="https://manuals.example.gov/ssp/*" value={address} onChange={(e) => setAddress(e.target.value)} />
          <button type="submit" disabled={!address.trim()}>
            Add
          </button>
        </form>
      )}
      <StatusMessage status={status} testId="manual-status" />
    </>
  );
}
