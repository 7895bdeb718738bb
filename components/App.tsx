/** The side panel: the current case first; screens (teach, health) and settings beside it. */
import { useState } from 'react';
import { useActiveContext } from './hooks/use-active-context';
import { useSettings } from './hooks/use-settings';
import { useProfileProblems } from './hooks/use-profile-problems';
import { CasePanel } from './case/CasePanel';
import { ScreensPanel } from './screens/ScreensPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { NarrationPanel } from './narration/NarrationPanel';
import { CaseloadPanel } from './caseload/CaseloadPanel';
import { usePanelView } from './hooks/use-panel-view';
import { RmssPanel } from './rmss/RmssPanel';
import { Tabs, type TabDef } from './Tabs';
import { PolicyContext, usePolicyState } from './hooks/use-policy';

export function App() {
  const active = useActiveContext();
  const effective = useSettings();
  const policy = usePolicyState();
  const profileProblems = useProfileProblems();
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
    { id: 'narration', label: 'Narration', render: () => <NarrationPanel active={active} settings={effective.settings} initialTemplate={draftTemplate} /> },
    { id: 'rmss', label: 'RMSS', render: () => <RmssPanel active={active} settings={effective.settings} /> },
    { id: 'caseload', label: 'Caseload', render: () => <CaseloadPanel settings={effective.settings} /> },
    { id: 'screens', label: 'Screens', render: () => <ScreensPanel active={active} profileProblems={profileProblems} /> },
    { id: 'settings', label: 'Settings', render: () => <SettingsPanel effective={effective} /> },
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
