/**
 * Save this screen as a test: the screen open now, with every value CaseLens reads (and every
 * other name, number and date) replaced by made-up ones, kept with what the profile read from
 * that copy, and exported as a file for whoever looks after the agency's profiles: `npx
 * caselens-profiles test FOLDER` then checks every profile file against it.
 */
import { useState } from 'react';
import type { ActiveContext, ScreenSnapshotReply } from '../../lib/messages';
import { sendToPage } from '../panel-actions';
import { profileSet } from '../../lib/config/profile-set';
import { builtInKnowledge } from '../../lib/knowledge';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { expectedRead } from '../../lib/screen-tests/expected-read';
import { SCREEN_TEST_KIND, screenTestFile, testFileName, type ScreenTest } from '../../lib/screen-tests/test-file';
import { IMPORTED_PROFILES_KEY, SCREEN_TESTS_KEY } from '../../lib/storage-keys';
import { knownPolicy } from '../managed-values';
import { downloadText } from '../download';
import { useStorageValue } from '../hooks/use-storage-value';
import { StatusMessage, type Status } from '../StatusMessage';

/** Extension storage holds a few MB: a handful of screens, each of a sensible size. */
const MAX_TESTS = 20;
const MAX_HTML = 1_500_000;

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export function SaveScreenTest({ active }: { active: ActiveContext | undefined }) {
  const [tests, saveTests] = useStorageValue<ScreenTest[]>(SCREEN_TESTS_KEY, []);
  const [imported] = useStorageValue<ScreenProfile[]>(IMPORTED_PROFILES_KEY, []);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      const reply = (await sendToPage<ScreenSnapshotReply>(active, { type: 'snapshot-screen' })) as ScreenSnapshotReply;
      if (!reply.ok || !reply.html || !reply.url) return setStatus({ ok: false, text: reply.message });
      if (reply.html.length > MAX_HTML) return setStatus({ ok: false, text: 'This screen is too large to keep as a test (over 1.5 MB).' });
      // The expected read is the read of the synthetic copy, with the profiles in force now.
      const { profiles } = profileSet(builtInKnowledge().profiles, imported, (await knownPolicy()).profiles);
      const now = new Date();
      const referenceYear = now.getFullYear();
      const doc = new DOMParser().parseFromString(reply.html, 'text/html');
      const expected = expectedRead(doc, profiles, { url: reply.url, referenceYear });
      if (expected.profileId !== reply.profileId) {
        return setStatus({ ok: false, text: 'The copy with made-up values is no longer recognised as this screen, so it cannot be a test of it. Nothing was saved.', details: `Read as ${expected.profileId ?? 'no profile'}, expected ${reply.profileId}.` });
      }
      const test: ScreenTest = { kind: SCREEN_TEST_KIND, name: `${reply.profileId}-${stamp(now)}`, savedAt: now.toISOString(), url: reply.url, referenceYear, html: reply.html, expected };
      await saveTests([test, ...tests].slice(0, MAX_TESTS));
      const facts = Object.keys(expected.facts).length;
      setStatus({ ok: true, text: `Saved "${test.name}": ${reply.replaced ?? 0} values replaced with made-up ones (${reply.kept ?? 0} codes kept), ${facts} facts read from the copy.` });
    } finally {
      setBusy(false);
    }
  };

  const remove = (name: string) => void saveTests(tests.filter((t) => t.name !== name));

  return (
    <section aria-labelledby="screen-tests-heading">
      <h2 id="screen-tests-heading">Screens saved as tests</h2>
      <p className="hint">
        Saves the screen open now with every value CaseLens reads, and every name, number and date on it, replaced by made-up ones, together with what CaseLens read
        from it. Export the file for whoever looks after your agency's screen profiles: they check a profile file against it before sending it out.
      </p>
      <button type="button" onClick={() => void save()} disabled={busy || !active?.recognised}>
        Save this screen as a test
      </button>
      {!active?.recognised && <p className="hint">Open a screen CaseLens recognises to save it.</p>}
      <StatusMessage status={status} testId="screen-test-status" />
      {tests.length > 0 && (
        <table className="data" data-testid="screen-tests">
          <caption className="hint">Saved screens (kept in this browser until removed)</caption>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Read</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tests.map((t) => (
              <tr key={t.name} data-screen-test={t.name}>
                <td>{t.name}</td>
                <td>
                  <details>
                    <summary>
                      {t.expected.profileId} {t.expected.profileVersion}: {Object.keys(t.expected.facts).length} facts
                    </summary>
                    <ul className="fact-list">
                      {Object.entries(t.expected.facts).map(([fact, value]) => (
                        <li key={fact}>
                          {fact} = {String(value)}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => downloadText(testFileName(t.name), screenTestFile(t))} aria-label={`Export ${t.name}`}>
                    Export
                  </button>{' '}
                  <button type="button" className="secondary" onClick={() => remove(t.name)} aria-label={`Remove ${t.name}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
