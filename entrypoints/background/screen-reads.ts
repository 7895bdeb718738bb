/**
 * Screen reads arriving from content scripts: merged into the case store, evaluated, answered
 * with the marks for that frame, and published as the screen the side panel follows.
 */
import { browser } from 'wxt/browser';
import { observe } from '../../lib/facts/observation';
import { marksFor } from '../../lib/marks';
import { ACTIVE_CONTEXT_KEY, type ActiveContext, type MarkFinding } from '../../lib/messages';
import type { CaseEvaluatorFn } from '../../lib/checklist/case-evaluator';
import type { ScreenRead } from '../../lib/screen/read-screen';
import type { CaseLensDb } from '../../lib/store/db';
import { recordObservation, recordScreenHealth } from '../../lib/store/case-service';
import { allTabs, caseKeyFor, framesOf, mainFrame, type FrameState } from './tab-frames';

type Evaluator = () => Promise<CaseEvaluatorFn>;

export class ScreenReads {
  constructor(private readonly db: CaseLensDb, private readonly evaluator: Evaluator) {}

  async onScreenRead(read: ScreenRead | null, tabId: number, frameId: number, url: string): Promise<MarkFinding[]> {
    if (!read) {
      framesOf(tabId).set(frameId, { frameId, url, read: null, obs: null, at: Date.now() });
      await this.publishActive(tabId);
      return [];
    }
    const obs = observe(read);
    const marks = await this.process(tabId, { frameId, url, read, obs, at: Date.now() });
    if (obs.caseKey) await this.adoptOrphans(tabId, frameId);
    await this.publishActive(tabId);
    return marks;
  }

  private async process(tabId: number, frame: FrameState): Promise<MarkFinding[]> {
    frame.caseKey = caseKeyFor(tabId, frame);
    framesOf(tabId).set(frame.frameId, frame);
    if (!frame.read || !frame.obs) return [];
    const now = new Date();
    await recordScreenHealth(this.db, frame.read, now);
    if (!frame.caseKey) return [];
    const { evaluation } = await recordObservation(this.db, frame.obs, frame.caseKey, now, await this.evaluator());
    return marksFor(frame.read, evaluation.findings);
  }

  /** A frame that had no case yet gets one once a sibling frame shows the case number. */
  private async adoptOrphans(tabId: number, except: number): Promise<void> {
    for (const frame of framesOf(tabId).values()) {
      if (frame.frameId === except || frame.caseKey || !frame.read) continue;
      const marks = await this.process(tabId, frame);
      if (frame.caseKey) void browser.tabs.sendMessage(tabId, { type: 'findings', findings: marks }, { frameId: frame.frameId }).catch(() => {});
    }
  }

  async publishActive(tabId: number): Promise<void> {
    const frame = mainFrame(tabId);
    if (!frame) return;
    const frames = [...framesOf(tabId).values()];
    const active: ActiveContext = {
      tabId,
      frameId: frame.frameId,
      recognised: !!frame.read,
      url: frame.url,
      at: new Date().toISOString(),
      caseKey: frame.caseKey ?? frames.find((f) => f.caseKey)?.caseKey,
      profileId: frame.read?.profileId,
      screen: frame.read?.screen,
      system: frame.read?.system,
      title: frame.read?.title,
      problems: frame.obs?.problems ?? [],
      factsOnScreen: frames.flatMap((f) => f.read?.fields.filter((x) => x.status !== 'missing').map((x) => x.fact) ?? []),
      narrationTarget: frame.read?.narrationTarget,
    };
    await browser.storage.session.set({ [ACTIVE_CONTEXT_KEY]: active });
  }

  /** After the case changed elsewhere (panel edits, settings), refresh the marks of every frame showing it. */
  async refreshMarks(caseKey?: string): Promise<void> {
    const evaluate = await this.evaluator();
    for (const [tabId, frames] of allTabs()) {
      for (const frame of frames.values()) {
        if (!frame.read || !frame.caseKey || (caseKey && frame.caseKey !== caseKey)) continue;
        const record = await this.db.cases.get(frame.caseKey);
        if (!record) continue;
        const marks = await this.db.duties.where('caseKey').equals(frame.caseKey).toArray();
        const findings = marksFor(frame.read, evaluate(record.facts, marks, record.unreadable).findings);
        void browser.tabs.sendMessage(tabId, { type: 'findings', findings }, { frameId: frame.frameId }).catch(() => {});
      }
    }
  }
}
