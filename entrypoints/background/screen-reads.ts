/**
 * Screen reads arriving from content scripts: observed with where they came from (origin, tab,
 * frame), merged into the case store, evaluated, and answered with the marks for that frame.
 */
import { browser } from 'wxt/browser';
import { observe } from '../../lib/facts/observation';
import { pageUrlOf } from '../../lib/facts/provenance';
import { marksFor } from '../../lib/marks';
import type { BackgroundToContent, MarkFinding } from '../../lib/messages';
import type { CaseEvaluatorFn } from '../../lib/checklist/case-evaluator';
import type { ScreenRead } from '../../lib/screen/read-screen';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import type { CaseLensDb } from '../../lib/store/db';
import { recordObservation, recordScreenHealth } from '../../lib/store/case-service';
import { observeListing } from '../../lib/facts/listing';
import { recordListing } from '../../lib/store/listing-service';
import { allFrames, caseKeyFor, framesOf, type FrameState } from './frames';

type Evaluator = () => Promise<CaseEvaluatorFn>;
type Profiles = () => Promise<readonly ScreenProfile[]>;

export class ScreenReads {
  constructor(
    private readonly db: CaseLensDb,
    private readonly evaluator: Evaluator,
    private readonly profiles: Profiles,
  ) {}

  /** A frame's new read (null: nothing CaseLens knows). Returns the marks for that frame. */
  async onScreenRead(frame: FrameState, read: ScreenRead | null): Promise<MarkFinding[]> {
    frame.read = read;
    frame.at = Date.now();
    if (!read) {
      frame.obs = null;
      frame.caseKey = undefined;
      return [];
    }
    const { origin, url } = pageUrlOf(frame.url);
    const screen = { origin: origin || frame.origin, url, tabId: frame.tabId, frameId: frame.frameId, profileId: read.profileId, system: read.system, screen: read.screen, title: read.title };
    if (read.role === 'listing') {
      // A caseload listing fills many cases' rows and is no one case's screen: no marks.
      frame.obs = null;
      frame.caseKey = undefined;
      await recordScreenHealth(this.db, read, new Date());
      await recordListing(this.db, observeListing(read, { screen }).cases, new Date(), await this.evaluator());
      return [];
    }
    frame.obs = observe(read, { screen });
    const marks = await this.process(frame);
    if (frame.obs.caseKey) await this.adoptOrphans(frame);
    return marks;
  }

  private async process(frame: FrameState): Promise<MarkFinding[]> {
    frame.caseKey = caseKeyFor(frame);
    if (!frame.read || !frame.obs) return [];
    const now = new Date();
    await recordScreenHealth(this.db, frame.read, now);
    if (!frame.caseKey) return [];
    const { evaluation } = await recordObservation(this.db, frame.obs, frame.caseKey, now, await this.evaluator());
    return marksFor(frame.read, evaluation, await this.profiles());
  }

  /** A live frame that had no case yet gets one once a sibling frame shows the case number. */
  private async adoptOrphans(source: FrameState): Promise<void> {
    for (const frame of framesOf(source.tabId)) {
      if (frame === source || frame.caseKey || !frame.read) continue;
      const findings = await this.process(frame);
      if (frame.caseKey) this.send(frame, { type: 'findings', docId: frame.docId, findings });
    }
  }

  private send(frame: FrameState, message: BackgroundToContent): void {
    void browser.tabs.sendMessage(frame.tabId, message, { frameId: frame.frameId }).catch(() => {});
  }

  /** After the case changed elsewhere (panel edits, settings), refresh the marks of every live frame showing it. */
  async refreshMarks(caseKey?: string): Promise<void> {
    const evaluate = await this.evaluator();
    const profiles = await this.profiles();
    for (const frame of allFrames()) {
      if (!frame.read || !frame.caseKey || (caseKey && frame.caseKey !== caseKey)) continue;
      const record = await this.db.cases.get(frame.caseKey);
      if (!record) continue;
      const marks = await this.db.duties.where('caseKey').equals(frame.caseKey).toArray();
      this.send(frame, { type: 'findings', docId: frame.docId, findings: marksFor(frame.read, evaluate(record, marks), profiles) });
    }
  }
}
