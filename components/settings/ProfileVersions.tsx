/**
 * Which version of which profile read each screen last, from screen health (which keeps no
 * screen values). An agency pushing a new profile file can check here that workers' browsers
 * read with it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../hooks/use-db';
import { UNVERSIONED } from '../../lib/screen/profile-migrate';

const versionText = (v: string | undefined) => (v === undefined ? 'not recorded' : v === UNVERSIONED ? 'none (a format-1 file)' : v);

export function ProfileVersions() {
  const records = useLiveQuery(() => getDb().screenHealth.orderBy('profileId').toArray(), []);
  if (!records?.length) return <p className="hint">No screen read yet: once one is, its profile and version show here.</p>;
  return (
    <table className="data" data-testid="profile-versions">
      <caption className="hint">Screens read, with the profile version that read them last</caption>
      <thead>
        <tr>
          <th scope="col">Screen</th>
          <th scope="col">Profile</th>
          <th scope="col">Version</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.profileId} data-read-profile={r.profileId}>
            <td>{r.title}</td>
            <td>{r.profileId}</td>
            <td>{versionText(r.profileVersion)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
