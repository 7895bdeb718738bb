/**
 * Background service worker: routes messages, keeps the case store up to date from screen
 * reads, and answers each frame with the findings to mark there. All data stays local.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { observe } from '../../lib/facts/observation';
import { marksFor } from '../../lib/marks';
import { ACTIVE_CONTEXT_KEY, type ActiveContext, type ContentToBackground, type MarkFinding, type PanelToBackground } from '../../lib/messages';
import { builtInKnowledge } from '../../lib/knowledge';
import { evaluateCase } from '../../lib/rules/evaluate';
import { contextFor } from '../../lib/rules/context-for';
import type { CaseFacts } from '../../lib/facts/case-facts';
import type { ScreenRead } from '../../lib/screen/read-screen';
import { openDb } from '../../lib/store/db';
import { recordObservation, recordScreenHealth } from '../../lib/store/case-service';
import { currentProfiles, currentSettings, publishProfiles, watchStorage } from './extension-state';
import { allTabs, caseKeyFor, forgetFrame, forgetTab, framesOf, mainFrame, type FrameState } from './tab-frames';
import { forwardToPage } from './page-actions';

export default defineBackground(() => {
  const db = openDb();

  async function evaluator() {
    const { settings } = await currentSettings();
    const { rules, calendars } = builtInKnowledge();
    return (facts: CaseFacts) => evaluateCase(facts, rules, contextFor(facts.jurisdiction, settings, calendars));
  }

  async function process(tabId: number, frame: FrameState): Promise<MarkFinding[]> {
    frame.caseKey = caseKeyFor(tabId, frame);
    framesOf(tabId).set(frame.frameId, frame);
    const now = new Date();
    await recordScreenHealth(db, frame.read, now);
    if (!frame.caseKey) return [];
    const { evaluation } = await recordObservation(db, frame.obs, frame.caseKey, now, await evaluator());
    return marksFor(frame.read, evaluation.findings);
  }

  /**
   * The screen the side panel follows: in a frameset, the frame with the most fields (the
   * screen, not its header or menu), carrying the tab's case.
   */
  async function publishActive(tabId: number): Promise<void> {
    const frame = mainFrame(tabId);
    if (!frame) return;
    const active: ActiveContext = {
      tabId,
      frameId: frame.frameId,
      caseKey: frame.caseKey,
      profileId: frame.read.profileId,
      screen: frame.read.screen,
      system: frame.read.system,
      title: frame.read.title,
      url: frame.read.url,
      problems: frame.obs.problems,
      factsOnScreen: [...framesOf(tabId).values()].flatMap((f) => f.read.fields.filter((x) => x.status !== 'missing').map((x) => x.fact)),
      narrationTarget: frame.read.narrationTarget,
      at: new Date().toISOString(),
    };
    await browser.storage.session.set({ [ACTIVE_CONTEXT_KEY]: active });
  }

  /** A frame that had no case yet gets one once a sibling frame shows the case number. */
  async function adoptOrphans(tabId: number, except: number): Promise<void> {
    for (const frame of framesOf(tabId).values()) {
      if (frame.frameId === except || frame.caseKey) continue;
      const marks = await process(tabId, frame);
      if (frame.caseKey) void browser.tabs.sendMessage(tabId, { type: 'findings', findings: marks }, { frameId: frame.frameId }).catch(() => {});
    }
  }

  async function onScreenRead(read: ScreenRead | null, tabId: number, frameId: number): Promise<MarkFinding[]> {
    if (!read) {
      forgetFrame(tabId, frameId);
      return [];
    }
    const obs = observe(read);
    const marks = await process(tabId, { frameId, read, obs, at: Date.now() });
    if (obs.caseKey) await adoptOrphans(tabId, frameId);
    await publishActive(tabId);
    return marks;
  }

  /** After the case changed elsewhere (panel edits, settings), refresh the marks of every frame showing it. */
  async function refreshMarks(caseKey?: string): Promise<void> {
    const evaluate = await evaluator();
    for (const [tabId, frames] of allTabs()) {
      for (const frame of frames.values()) {
        if (!frame.caseKey || (caseKey && frame.caseKey !== caseKey)) continue;
        const record = await db.cases.get(frame.caseKey);
        if (!record) continue;
        const findings = marksFor(frame.read, evaluate(record.facts).findings);
        void browser.tabs.sendMessage(tabId, { type: 'findings', findings }, { frameId: frame.frameId }).catch(() => {});
      }
    }
  }

  browser.runtime.onMessage.addListener((message: ContentToBackground | PanelToBackground, sender, sendResponse) => {
    const tabId = sender.tab?.id;
    const reply = (p: Promise<unknown>) => {
      p.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    switch (message.type) {
      case 'get-profiles':
        return reply(currentProfiles().then((set) => set.profiles));
      case 'screen-read':
        if (tabId === undefined) return;
        return reply(onScreenRead(message.read, tabId, sender.frameId ?? 0));
      case 'open-panel':
        if (tabId !== undefined) void browser.sidePanel?.open({ tabId }).catch(() => {});
        return;
      case 'set-field':
      case 'insert-lines':
      case 'undo-insert':
      case 'teach':
        return reply(forwardToPage(message));
      case 'case-changed':
        return reply(refreshMarks(message.caseKey));
      case 'profiles-changed':
        return reply(publishProfiles());
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  watchStorage(() => {});
  // Built-in profiles change with each version of the extension: publish at every start.
  void publishProfiles();
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
