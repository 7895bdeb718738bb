/**
 * Screen health: how each recognised screen read, kept locally. A field that went missing or
 * is only found by a fallback locator means the legacy screen changed (drift) and its profile
 * needs a look before findings can be trusted. Said in the worker's words ("changed"); the
 * counts for whoever maintains the profiles stay behind each screen's disclosure.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../hooks/use-db';
import type { ScreenHealthRecord } from '../../lib/store/db';

type FieldHealth = ScreenHealthRecord['fields'][string];

function fieldState(f: FieldHealth): { text: string; drift: boolean } {
  if (f.lastStatus === 'missing') return { text: 'not found on the screen last time', drift: true };
  if ((f.via ?? 0) > 0) return { text: 'found, but not where it used to be: the screen layout may have changed', drift: true };
  // Screen health keeps no screen values (it outlives every case), so it says only that.
  if (f.lastStatus === 'unreadable') return { text: 'could not be read last time: the value was not in a form the profile understands', drift: false };
  return { text: 'reads as expected', drift: false };
}

export function ScreenHealth({ profileProblems }: { profileProblems: string[] }) {
  const records = useLiveQuery(() => getDb().screenHealth.orderBy('profileId').toArray(), []);
  return (
    <section aria-labelledby="health-heading">
      <h2 id="health-heading">Screen health</h2>
      <p className="hint">
        How each screen read, kept in this browser only. A screen marked “changed” no longer looks the way CaseLens knows it: what it shows may be missed until
        its profile is updated (tell whoever looks after CaseLens at your agency).
      </p>
      {profileProblems.map((p) => (
        <p key={p} role="alert" className="error-text">
          {p}
        </p>
      ))}
      {records?.length === 0 && <p className="empty">No screens read yet: open a case on a legacy screen and it appears here.</p>}
      {records?.map((r) => {
        const fields = Object.entries(r.fields).map(([key, f]) => ({ key, f, ...fieldState(f) }));
        const drifting = fields.filter((x) => x.drift);
        return (
          <details key={r.profileId} data-health-profile={r.profileId} open={drifting.length > 0}>
            <summary>
              {r.title} <span className="badge-small">{r.reads} reads</span>{' '}
              {drifting.length > 0 ? <span className="drift">changed: {drifting.length} field{drifting.length === 1 ? '' : 's'}</span> : <span className="ok">reads well</span>}
            </summary>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">State</th>
                  <th scope="col">Times not found / not readable / found elsewhere</th>
                </tr>
              </thead>
              <tbody>
                {fields.map(({ key, f, text, drift }) => (
                  <tr key={key} className={drift ? 'drift' : undefined}>
                    <td>{f.label}</td>
                    <td>{text}</td>
                    <td>
                      {f.missing} / {f.unreadable} / {f.fallback}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">Last read {new Date(r.lastSeen).toLocaleString()}</p>
          </details>
        );
      })}
    </section>
  );
}
