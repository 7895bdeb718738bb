/**
 * Background service worker: checks and routes messages between the legacy pages and the side
 * panel, keeps the case store up to date from screen reads, tracks which document each frame
 * shows, and runs alarms. All data stays local.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { PANEL_VIEW_KEY, RMSS_GUIDE_KEY } from '../../lib/storage-keys';
import { makeEvaluator } from '../../lib/checklist/case-evaluator';
import { profilesFor } from '../../lib/origins/agency-origins';
import { readGuideShare } from '../../lib/rmss/guide-share';
import { surveysForPage } from '../../lib/rmss/profile-surveys';
import type { BackgroundToContent } from '../../lib/messages';
import { classifySender } from '../../lib/message-senders';
import { openDb } from '../../lib/store/db';
import { refreshAllSummaries } from '../../lib/store/case-service';
import { closeStorageToContentScripts, currentPolicy, currentProfiles, currentScope, currentSettings, forgetScope, watchStorage } from './extension-state';
import { allFrames, endFrame, forgetTab, frameWithMarks, framesOf, startFrame } from './frames';
import { ScreenReads } from './screen-reads';
import { DAILY_ALARM, REMINDER_ALARM, dailyCare, scheduleAlarms, sendReminder } from './housekeeping';
import { READER_FILE, TOOLS_FILE, registerAgencyHosts } from './agency-hosts';
import { refreshPolicy } from '../../components/managed-values';
import { openFirstRunOnInstall } from '../../components/first-run/open-on-install';
import { forgetWindow, publishTab, publishTabSoon } from './active-context';
import { listen } from './router';
import { openPanelFor, openPanelFromToolbar } from './panel-opener';
import { pageLoaded, pageLoading, yieldToForeground } from './foreground';

const FRAME_PORT = 'caselens-frame:';
/** A page gone from a tab is published this much later, unless the next page is published first. */
const PAGE_GONE_PUBLISH_MS = 300;
/** A pass rests this many times as long as its last slice took, at most REST_MAX_MS. */
const REST_PER_SLICE = 3;
const REST_MAX_MS = 150;

/**
 * The pause between slices of a pass over every case (nightly care, due dates after a settings
 * change): screen reads first, and at most a quarter of a processor (the pass rests three times
 * as long as its last slice took: a page loading meanwhile competes with it for the processor
 * before the browser even tells the worker it is loading, measured in docs/performance.md); a
 * browser call now and then keeps the worker awake through a long pass.
 */
function restBetweenSlices(): () => Promise<void> {
  let awake = Date.now();
  let sliceStart = performance.now();
  return async () => {
    await new Promise((r) => setTimeout(r, Math.min(REST_MAX_MS, REST_PER_SLICE * (performance.now() - sliceStart))));
    await yieldToForeground();
    if (Date.now() - awake > 10_000) {
      awake = Date.now();
      await browser.runtime.getPlatformInfo().catch(() => {});
    }
    sliceStart = performance.now();
  };
}

/**
 * Runs a pass over every case with pages first: while it runs, a tab loading a page holds it
 * (foreground.ts), so the page loads and is read as on an idle worker. Listened to only during
 * a pass, so no tab's update wakes the worker otherwise.
 */
async function pagesFirst<T>(pass: () => Promise<T>): Promise<T> {
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') pageLoading(tabId);
    else if (change.status === 'complete') pageLoaded(tabId);
  };
  const onRemoved = (tabId: number) => pageLoaded(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  try {
    return await pass();
  } finally {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  }
}

export default defineBackground(() => {
  const db = openDb();
  const evaluator = async () => {
    const [{ settings }, { knowledge }] = await Promise.all([currentSettings(), currentPolicy()]);
    return makeEvaluator(settings, knowledge);
  };
  const reads = new ScreenReads(db, evaluator, async () => (await currentProfiles()).profiles);
  const send = (tabId: number, frameId: number | undefined, message: BackgroundToContent) =>
    browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }).catch(() => {});

  /** After the worker restarted, a tab's frames say hello again when an action needs them. */
  const ensureFrames = async (tabId: number) => {
    void send(tabId, undefined, { type: 'reannounce' });
    for (let waited = 0; waited < 1500 && !framesOf(tabId).length; waited += 50) await new Promise((r) => setTimeout(r, 50));
  };

  const focusNextMark = (tabId: number, except?: number) => {
    const frame = frameWithMarks(tabId, except);
    if (frame) void send(tabId, frame.frameId, { type: 'next-mark' });
  };

  listen({
    reads,
    ensureFrames,
    focusNextMark,
    injectScript: async (script, tabId, frameId, documentId) => {
      // Into the asking document only (by its id where the browser gives one; Firefox does not).
      const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
      const file = script === 'reader' ? READER_FILE : TOOLS_FILE;
      // injectImmediately: not held back until the document is idle (its load event).
      await browser.scripting.executeScript({ target: target as { tabId: number; frameIds?: number[] }, files: [file], injectImmediately: true });
    },
    onPanelChange: async (message) => {
      if (message.type === 'case-changed') await reads.refreshMarks(message.caseKey);
      else if (message.type === 'data-changed') await reads.refreshMarks();
      else await pushKnowledge();
    },
  });

  // A frame's document lives as long as its port: when it navigates or closes, it is forgotten.
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(FRAME_PORT)) return port.disconnect();
    const docId = port.name.slice(FRAME_PORT.length);
    void currentScope().then((scope) => {
      const who = classifySender(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'), scope);
      if (who.kind !== 'agency-frame') return port.disconnect();
      startFrame(who.tabId, who.frameId, docId, who.origin, who.url);
      port.onDisconnect.addListener(() => {
        // The page went away: the panel hears of it from the next page, or in a moment.
        if (endFrame(who.tabId, who.frameId, docId)) publishTabSoon(who.tabId, PAGE_GONE_PUBLISH_MS);
      });
    });
  });

  /** Profiles (or the agency's hosts) changed: every live frame gets its own origin's profiles and re-reads. */
  const pushKnowledge = async () => {
    const [{ profiles }, scope, { knowledge }] = await Promise.all([currentProfiles(), currentScope(), currentPolicy()]);
    for (const frame of allFrames()) {
      const bound = profilesFor(profiles, scope, frame.url);
      void send(frame.tabId, frame.frameId, { type: 'knowledge', profiles: bound, surveys: surveysForPage(bound, knowledge.surveys) });
    }
  };

  // Daily care, opt-in reminders and the agency's hosts follow the settings in force.
  const applySettings = async () => {
    const { settings } = await currentSettings();
    await scheduleAlarms(settings);
    await registerAgencyHosts(settings).catch(() => {});
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    void (async () => {
      const { settings } = await currentSettings();
      if (alarm.name === DAILY_ALARM) {
        const evaluate = await evaluator();
        await pagesFirst(() => dailyCare(db, settings, evaluate, new Date(), restBetweenSlices()));
        reads.forget(); // retention may have purged cases this worker kept in memory
      }
      if (alarm.name === REMINDER_ALARM) await sendReminder(db, settings);
    })();
  });
  const onPermissions = () => {
    forgetScope();
    void applySettings().then(pushKnowledge);
  };
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  // The content-script registration is cleared when the extension is installed or updated:
  // the worker starts at browser start and install to put it back at once.
  browser.runtime.onStartup.addListener(() => void applySettings());
  browser.runtime.onInstalled.addListener((details) => {
    void applySettings();
    void openFirstRunOnInstall(details); // a short first-run page, on a new install only
  });
  void applySettings();

  // Only the tab the worker is looking at changes what that window's panel shows.
  browser.tabs.onActivated.addListener(({ tabId }) => void publishTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.windows?.onRemoved.addListener((windowId) => void forgetWindow(windowId));

  // The side panel's RMSS guide result goes to the survey-form overlays by message.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session' || !(RMSS_GUIDE_KEY in changes)) return;
    const guide = readGuideShare(changes[RMSS_GUIDE_KEY]!.newValue);
    for (const frame of allFrames()) void send(frame.tabId, frame.frameId, { type: 'rmss-guide', guide });
  });

  // Keyboard shortcuts: the next mark on the page; the side panel (Firefox: sidebar) on the narration studio.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'next-mark' && tab?.id !== undefined) focusNextMark(tab.id);
    if (command !== 'open-narration') return;
    openPanelFor(tab?.windowId);
    void browser.storage.session.set({ [PANEL_VIEW_KEY]: 'narration' });
  });
  watchStorage(
    () => void pushKnowledge().then(() => reads.refreshMarks()),
    () => {
      void applySettings().then(pushKnowledge);
      void reads.refreshMarks();
      // Settings and policy packs (closures, deadlines) change every case's due dates: the caseload follows.
      void evaluator().then((evaluate) => pagesFirst(() => refreshAllSummaries(db, evaluate, restBetweenSlices())));
    },
  );
  void closeStorageToContentScripts();
  // Ask the browser for the enterprise policy now and whenever it changes; the copy it keeps
  // changes only when the answer does (and then everything re-applies through watchStorage).
  void refreshPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicy();
  });
  openPanelFromToolbar();
});
