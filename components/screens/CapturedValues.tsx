/** The values clicked in teach mode, each named by the worker: what the screen calls it, and what it is. */
import type { TaughtField } from '../../lib/screen/teach-profile';

export interface CapturedValue extends TaughtField {
  id: number;
}

export function CapturedValues({
  idPrefix,
  values,
  choices,
  onChange,
  onForget,
}: {
  idPrefix: string;
  values: CapturedValue[];
  choices: Array<{ path: string; label: string }>;
  onChange: (id: number, patch: Partial<CapturedValue>) => void;
  onForget: (id: number) => void;
}) {
  return (
    <ol className="captures">
      {values.map((f) => (
        <li key={f.id} data-capture>
          <p>
            Value <code>{f.raw}</code>
          </p>
          <div className="stack">
            <label htmlFor={`${idPrefix}-${f.id}-label`}>Field name</label>
            <input id={`${idPrefix}-${f.id}-label`} value={f.label} onChange={(e) => onChange(f.id, { label: e.target.value })} />
            <label htmlFor={`${idPrefix}-${f.id}-fact`}>What this value is</label>
            <select id={`${idPrefix}-${f.id}-fact`} value={f.fact} onChange={(e) => onChange(f.id, { fact: e.target.value })}>
              <option value="">(choose)</option>
              {choices.map((x) => (
                <option key={x.path} value={x.path}>
                  {x.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" onClick={() => onForget(f.id)} aria-label={`Forget captured value ${f.raw}`}>
            Forget
          </button>
        </li>
      ))}
    </ol>
  );
}
