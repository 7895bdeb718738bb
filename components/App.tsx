/**
 * The side panel: the current case first; screens (teach, health) and settings beside it.
 * Code-split by tab: the Case tab comes with the panel, every other tab loads the first time
 * it is opened (a chunk of its own), so the panel shows its first finding without parsing the
 * narration studio, the RMSS guide, the caseload or the settings.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useActiveContext } from './hooks/use-active-context';
import { useSettings } from './hooks/use-settings';
import { CasePanel } from './case/CasePanel';
import { usePanelView } from './hooks/use-panel-view';
import { Tabs, type TabDef } from './Tabs';
import { PolicyContext, usePolicyState } from './hooks/use-policy';

const NarrationPanel = lazy(() => import('./narration/NarrationPanel').then((m) => ({ default: m.NarrationPanel })));
const RmssPanel = lazy(() => import('./rmss/RmssPanel').then((m) => ({ default: m.RmssPanel })));
const CaseloadPanel = lazy(() => import('./caseload/CaseloadPanel').then((m) => ({ default: m.CaseloadPanel })));
const ScreensPanel = lazy(() => import('./screens/ScreensPanel').then((m) => ({ default: m.ScreensPanel })));
const SettingsPanel = lazy(() => import('./settings/SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

const later = (node: ReactNode) => (
  <Suspense
    fallback={
      <p role="status" className="hint">
        Loading…
      </p>
    }
  >
    {node}
  </Suspense>
);

export function App() {
  const active = useActiveContext();
  const effective = useSettings();
  const policy = usePolicyState();
  const [tab, setTab] = useState('case');
  const [draftTemplate, setDraftTemplate] = useState<string>();
  usePanelView(setTab);
  if (active === null || !effective || !policy) {
    return (
      <main className="app">
        <p role="status">Loading…</p>
      </main>
    );
  }
  const tabs: TabDef[] = [
    {
      id: 'case',
      label: 'Case',
      render: () => (
        <CasePanel
          active={active}
          settings={effective.settings}
          onTeach={() => setTab('screens')}
          onDraft={(templateId) => {
            setDraftTemplate(templateId);
            setTab('narration');
          }}
        />
      ),
    },
    { id: 'narration', label: 'Narration', render: () => later(<NarrationPanel active={active} settings={effective.settings} initialTemplate={draftTemplate} />) },
    { id: 'rmss', label: 'RMSS', render: () => later(<RmssPanel active={active} settings={effective.settings} />) },
    { id: 'caseload', label: 'Caseload', render: () => later(<CaseloadPanel settings={effective.settings} />) },
    { id: 'screens', label: 'Screens', render: () => later(<ScreensPanel active={active} />) },
    { id: 'settings', label: 'Settings', render: () => later(<SettingsPanel effective={effective} />) },
  ];
  return (
    <PolicyContext.Provider value={policy}>
    <div className="app">
      <header className="app-header">
        <h1>CaseLens</h1>
        <p className="privacy">Local only: case data stays in this browser.</p>
      </header>
      <main>
        {effective.problems.map((p) => (
          <p key={p} className="warning" role="alert">
            {p}
          </p>
        ))}
        {policy.problems.map((p) => (
          <div key={p.text} className="warning" role="alert">
            <p>{p.text}</p>
            <details>
              <summary>Details</summary>
              <p>{p.details}</p>
            </details>
          </div>
        ))}
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="CaseLens sections" />
      </main>
    </div>
    </PolicyContext.Provider>
  );
}
