/** The side panel: the current case first; caseload, RMSS guide, screen health and settings beside it. */
import { useActiveContext } from './hooks/use-active-context';
import { useSettings } from './hooks/use-settings';
import { CasePanel } from './case/CasePanel';

export function App() {
  const active = useActiveContext();
  const settings = useSettings();
  return (
    <div className="app">
      <header className="app-header">
        <h1>CaseLens</h1>
        <p className="privacy">Local only: case data stays in this browser.</p>
      </header>
      <main>
        {active === null || !settings ? <p role="status">Loading…</p> : <CasePanel active={active} settings={settings.settings} />}
        {settings?.problems.map((p) => (
          <p key={p} className="warning" role="alert">
            {p}
          </p>
        ))}
      </main>
    </div>
  );
}
