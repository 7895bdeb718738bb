/**
 * Which case the sampled moment was about: CaseLens offers the current case and the cases seen
 * last, and the worker confirms one (or types another). Nothing is chosen for them.
 */
export interface CaseOption {
  caseNumber: string;
  caseKey: string;
  /** When the case was last seen, as the worker reads a date. */
  lastSeenText: string;
  current: boolean;
}

export interface ChosenCase {
  caseNumber: string;
  /** Set when picked from the stored cases; absent when typed. */
  caseKey?: string;
  typed: boolean;
}

export function CaseChoice({ options, chosen, onChoose }: { options: readonly CaseOption[]; chosen: ChosenCase | null; onChoose: (c: ChosenCase | null) => void }) {
  const listed = chosen && !chosen.typed ? options.find((o) => o.caseKey === chosen.caseKey || (!chosen.caseKey && o.caseNumber === chosen.caseNumber)) : undefined;
  const typedOpen = !!chosen && !listed;
  return (
    <fieldset className="rmss-question rmss-case" aria-describedby="rmss-case-help">
      <legend>Which case were you serving at the sampled moment?</legend>
      <p id="rmss-case-help" className="hint">
        The survey takes ONE case identifier. Confirm the case: CaseLens offers the case open now and the cases you looked at last.
      </p>
      {options.length === 0 && <p className="empty">No case seen yet: type the case identifier.</p>}
      {options.map((o) => {
        const id = `rmss-case-${o.caseKey.replace(/[^A-Za-z0-9-]/g, '-')}`;
        return (
          <div key={o.caseKey} className="rmss-option">
            <input type="radio" id={id} name="rmss-case" checked={listed === o} onChange={() => onChoose({ caseNumber: o.caseNumber, caseKey: o.caseKey, typed: false })} />
            <label htmlFor={id}>
              Case {o.caseNumber} <span className="hint">{o.current ? '(the case open now)' : `(last seen ${o.lastSeenText})`}</span>
            </label>
          </div>
        );
      })}
      <div className="rmss-option">
        <input type="radio" id="rmss-case-typed" name="rmss-case" checked={typedOpen} onChange={() => onChoose({ caseNumber: '', typed: true })} />
        <label htmlFor="rmss-case-typed">Another case</label>
      </div>
      {typedOpen && (
        <div className="row">
          <label htmlFor="rmss-case-typed-id">Case identifier</label>
          <input
            id="rmss-case-typed-id"
            value={chosen?.caseNumber ?? ''}
            maxLength={40}
            autoComplete="off"
            onChange={(e) => onChoose({ caseNumber: e.target.value.trim(), typed: true })}
          />
        </div>
      )}
    </fieldset>
  );
}
