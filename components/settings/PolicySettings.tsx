/**
 * Policy in Settings: the agency's policy packs (import a file — checked whole, its examples run,
 * refused with the failing example named —, see what each one changes, remove an imported
 * one) and what the policy watch noticed on the agency's policy manual pages.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { loadPolicyPack, MAX_PACK_BYTES } from '../../lib/policy-pack/load-pack';
import { builtInPolicy } from '../../lib/policy-pack/in-force';
import { builtInKnowledge } from '../../lib/knowledge';
import type { PolicyPack } from '../../lib/policy-pack/policy-knowledge';
import { POLICY_PACKS_KEY } from '../../lib/storage-keys';
import { useStorageValue } from '../hooks/use-storage-value';
import { usePolicy } from '../hooks/use-policy';
import { StatusMessage, type Status } from '../StatusMessage';
import { PolicyWatchResults } from './PolicyWatchResults';
import { ManualPagesSettings } from './ManualPagesSettings';
import type { EffectiveSettings } from '../../lib/config/effective-settings';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function contents(pack: PolicyPack): string {
  const parts = [
    pack.rules.length && plural(pack.rules.length, 'rule'),
    pack.templates.length && plural(pack.templates.length, 'narration template'),
    pack.calendars.length && plural(pack.calendars.length, 'holiday calendar'),
    Object.values(pack.closures).flat().length && plural(Object.values(pack.closures).flat().length, 'closure day'),
    pack.tcmServices && 'the TCM-eligible services',
    pack.surveys.length && plural(pack.surveys.length, 'RMSS survey'),
  ].filter(Boolean);
  return parts.join(', ') || 'nothing';
}

export function PolicySettings({ effective }: { effective: EffectiveSettings }) {
  const [imported, saveImported] = useStorageValue<unknown[]>(POLICY_PACKS_KEY, []);
  const policy = usePolicy();
  const [status, setStatus] = useState<Status>();
  const ids = useId();

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) return setStatus({ ok: false, text: `${file.name} was not imported: it is far larger than a policy pack can be. Nothing changed.` });
    const text = await file.text();
    const result = loadPolicyPack(text, file.name, { knowledge: builtInPolicy(), profiles: builtInKnowledge().profiles });
    if (!result.ok) return setStatus({ ok: false, text: result.error, details: result.details });
    const json = JSON.parse(text) as { id?: string };
    await saveImported([...imported.filter((p) => (p as { id?: string })?.id !== json.id), json]);
    setStatus({ ok: true, text: `Imported “${result.pack.title}”: ${contents(result.pack)}. Its examples all passed.` });
  };

  const remove = async (id: string) => {
    await saveImported(imported.filter((p) => (p as { id?: string })?.id !== id));
    setStatus({ ok: true, text: `Removed the policy pack "${id}". The built-in policy applies again where it replaced it.` });
  };

  return (
    <section aria-labelledby={`${ids}-h`} data-testid="policy-settings">
      <h2 id={`${ids}-h`}>Policy</h2>
      <p className="hint">
        Policy packs let your agency update rules, narration templates, holiday calendars and closures, the TCM-eligible services and
        RMSS surveys without a new CaseLens. A pack is checked whole and its examples must all pass before it is used.
      </p>
      <h3>Policy packs in use</h3>
      {policy.packs.length === 0 && <p className="hint">None: the built-in policy applies.</p>}
      <ul>
        {policy.packs.map((p) => (
          <li key={p.id} data-pack={p.id}>
            <strong>{p.title}</strong>
            {p.agency ? `, ${p.agency}` : ''}, published {p.published} ({policy.sources[p.id]}): {contents(p)}.
            {policy.sources[p.id] === 'imported' && (
              <>
                {' '}
                <button type="button" className="secondary" onClick={() => void remove(p.id)}>
                  Remove {p.title}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={`${ids}-file`}>Import a policy pack</label>
        <input id={`${ids}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </div>
      <StatusMessage status={status} testId="policy-status" />
      <ManualPagesSettings effective={effective} />
      <PolicyWatchResults />
    </section>
  );
}
