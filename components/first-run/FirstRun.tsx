/**
 * What a new worker needs on day one, on one short page: what CaseLens does, how to open its
 * side panel (the toolbar button; the keyboard shortcut as the browser has it now), and that
 * case data stays in this browser. Keyboard accessible; "Got it" closes the page.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSettings } from '../hooks/use-settings';

/** The narration shortcut as set now (the worker or the browser may have changed it). */
function useShortcut(): string | undefined | null {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'open-narration')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

async function closePage(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

export function FirstRun() {
  const shortcut = useShortcut();
  const retention = useSettings()?.settings.retentionDays;
  return (
    <main className="first-run">
      <h1>Welcome to CaseLens</h1>
      <p className="lead">CaseLens helps you keep TANF cases in line with policy while you work in TRACS, CMS, EIS or ASPIRE.</p>

      <section aria-labelledby="fr-what">
        <h2 id="fr-what">What it does</h2>
        <ul>
          <li>Reads the case on the legacy screen you have open and marks what is wrong or missing right beside the field. It never types into a screen or submits one unless you click.</li>
          <li>Checks the case against policy, and says which policy and section each warning comes from.</li>
          <li>Keeps your checklist and caseload with due dates, writes narration from the screens for you to review, and guides the RMSS survey.</li>
        </ul>
      </section>

      <section aria-labelledby="fr-open">
        <h2 id="fr-open">How to open the side panel</h2>
        <ul>
          <li>
            Click the <strong>CaseLens</strong> button in the browser toolbar. If you do not see it, open the puzzle-piece (Extensions) menu and pin CaseLens.
          </li>
          <li>
            Or, on a legacy screen, press <kbd>{shortcut ?? 'Alt+Shift+N'}</kbd> to open it on Narration.
            {shortcut === null && ' (No shortcut is set in this browser now; you can set one on the extensions’ keyboard shortcuts page.)'}
          </li>
        </ul>
      </section>

      <section aria-labelledby="fr-data">
        <h2 id="fr-data">Your data stays here</h2>
        <p>
          Case data never leaves this browser: CaseLens sends nothing anywhere and has no analytics. A case is forgotten {retention ? `${retention} days` : 'some time'} after you
          last open it, and you can erase everything at any time in Settings.
        </p>
      </section>

      <p>
        <button type="button" onClick={() => void closePage()}>
          Got it, close this page
        </button>
      </p>
      <p className="hint">You can open this page again from the side panel: Settings, “First steps with CaseLens”.</p>
    </main>
  );
}
