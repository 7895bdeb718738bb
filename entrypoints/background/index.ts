/**
 * Background service worker: routes messages between the legacy pages and the side panel,
 * keeps the case store up to date from screen reads, and runs alarms. All data stays local.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { ContentToBackground, PanelToBackground } from '../../lib/messages';
import { PANEL_VIEW_KEY } from '../../lib/storage-keys';
import { builtInKnowledge } from '../../lib/knowledge';
import { makeEvaluator } from '../../lib/checklist/case-evaluator';
import { openDb } from '../../lib/store/db';
import { currentProfiles, currentSettings, openSessionToContentScripts, publishProfiles, publishSurveys, watchStorage } from './extension-state';
import { forgetTab } from './tab-frames';
import { forwardToPage } from './page-actions';
import { ScreenReads } from './screen-reads';
import { DAILY_ALARM, REMINDER_ALARM, dailyCare, scheduleAlarms, sendReminder } from './housekeeping';
import { registerAgencyHosts } from './agency-hosts';

export default defineBackground(() => {
  const db = openDb();
  const evaluator = async () => makeEvaluator((await currentSettings()).settings, builtInKnowledge());
  const reads = new ScreenReads(db, evaluator);

  browser.runtime.onMessage.addListener((message: ContentToBackground | PanelToBackground | { type: string }, sender, sendResponse) => {
    const tabId = sender.tab?.id;
    const reply = (p: Promise<unknown>) => {
      p.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    const m = message as ContentToBackground | PanelToBackground;
    switch (m.type) {
      case 'get-profiles':
        return reply(currentProfiles().then((set) => set.profiles));
      case 'screen-read':
        if (tabId === undefined) return;
        return reply(reads.onScreenRead(m.read, tabId, sender.frameId ?? 0, sender.url ?? ''));
      case 'open-panel':
        if (tabId !== undefined) void browser.sidePanel?.open({ tabId }).catch(() => {});
        return;
      case 'set-field':
      case 'insert-lines':
      case 'undo-insert':
      case 'teach':
      case 'teach-preview':
        return reply(forwardToPage(m));
      case 'case-changed':
        return reply(reads.refreshMarks(m.caseKey));
      case 'profiles-changed':
        return reply(publishProfiles());
      default:
        return; // messages for the side panel (teach captures) pass through
    }
  });

  // Daily care, opt-in reminders and the agency's hosts follow the settings in force.
  const applySettings = async () => {
    const { settings } = await currentSettings();
    await scheduleAlarms(settings);
    await registerAgencyHosts(settings).catch(() => {});
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    void (async () => {
      const { settings } = await currentSettings();
      if (alarm.name === DAILY_ALARM) await dailyCare(db, settings, await evaluator());
      if (alarm.name === REMINDER_ALARM) await sendReminder(db, settings);
    })();
  });
  browser.permissions.onAdded.addListener(() => void applySettings());
  browser.permissions.onRemoved.addListener(() => void applySettings());
  void applySettings();

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  // Keyboard shortcut: open the side panel on the narration studio for the current screen.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-narration') return;
    void browser.storage.session.set({ [PANEL_VIEW_KEY]: 'narration' });
    if (tab?.windowId !== undefined) void browser.sidePanel?.open({ windowId: tab.windowId }).catch(() => {});
  });
  watchStorage(() => void reads.refreshMarks(), () => void applySettings());
  // Built-in profiles change with each version of the extension: publish at every start.
  void publishProfiles();
  // Same for the RMSS surveys; and the survey-form overlay reads the panel's guide from storage.session.
  void publishSurveys();
  void openSessionToContentScripts().catch(() => {});
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
