/**
 * Screen profiles in Settings: import a JSON file (all or nothing, with a clear error), export,
 * and remove imported ones. Built-in profiles stay; an imported one with the same id wins.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { mergeImported, parseProfileFile, profileFile } from '../../lib/config/profile-file';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { builtInKnowledge } from '../../lib/knowledge';
import { downloadText } from '../download';
import { useStorageValue } from '../hooks/use-storage-value';
import { IMPORTED_PROFILES_KEY } from '../../lib/storage-keys';
import { StatusMessage, type Status } from '../StatusMessage';
import { ProfileVersions } from './ProfileVersions';

export function ProfileSettings() {
  const [imported, saveImported] = useStorageValue<ScreenProfile[]>(IMPORTED_PROFILES_KEY, []);
  const [status, setStatus] = useState<Status>();
  const inputId = useId();

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    const result = parseProfileFile(await file.text(), file.name);
    if (!result.ok) {
      setStatus({ ok: false, text: `${file.name} was not imported: it is not a screen-profile file CaseLens can use. Nothing changed. The details below say what is wrong, for whoever made the file.`, details: result.error });
      return;
    }
    await saveImported(mergeImported(imported, result.profiles));
    setStatus({ ok: true, text: `Imported ${result.profiles.map((p) => `"${p.title}"`).join(', ')}. CaseLens now reads ${result.profiles.length === 1 ? 'this screen' : 'these screens'}.` });
  };

  const remove = async (id: string) => {
    await saveImported(imported.filter((p) => p.id !== id));
    setStatus({ ok: true, text: `Removed "${id}".` });
  };

  const exportAll = () => {
    const builtIn = builtInKnowledge().profiles.filter((p) => !imported.some((i) => i.id === p.id));
    downloadText('caselens-screen-profiles.json', profileFile([...builtIn, ...imported]));
  };

  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Screen profiles</h2>
      <p className="hint">How CaseLens recognises and reads each legacy screen. Your agency may give you a profile file for a screen CaseLens does not know yet.</p>
      <div className="row">
        <label htmlFor={inputId}>Import screen profiles</label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </div>
      <div className="row">
        <button type="button" className="secondary" onClick={exportAll}>
          Export screen profiles
        </button>
      </div>
      <StatusMessage status={status} testId="profile-import-status" />
      {imported.length > 0 && (
        <table className="data">
          <caption className="hint">Imported profiles</caption>
          <thead>
            <tr>
              <th scope="col">Screen</th>
              <th scope="col">System</th>
              <th scope="col">Version</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imported.map((p) => (
              <tr key={p.id} data-profile-id={p.id}>
                <td>{p.title}</td>
                <td>
                  {p.system} {p.screen}
                </td>
                <td>{p.version}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void remove(p.id)} aria-label={`Remove ${p.title}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProfileVersions />
    </section>
  );
}
