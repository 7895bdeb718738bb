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
import type { CaseLensDb, CaseRecord, DutyMark } from '../../lib/store/db';
import { mergeInto, recordObservation, recordScreenHealth } from '../../lib/store/case-service';
import { observeListing } from '../../lib/facts/listing';
import { recordListing } from '../../lib/store/listing-service';
import { allFrames, caseKeyFor, framesOf, type FrameState } from './frames';
import { perfMark } from '../../lib/perf-marks';

type Evaluator = () => Promise<CaseEvaluatorFn>;

/** Cases kept in memory to answer a screen at once: a worker has a handful open at a time. */
const RECENT_CASES = 20;
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
      this.forget(); // the listing may have updated cases kept in memory
      return [];
    }
    frame.obs = observe(read, { screen });
    perfMark('read-observed', frame.docId);
    const marks = await this.process(frame);
    // After the frame has its marks: screen health, and sibling frames waiting for this case.
    void recordScreenHealth(this.db, read, new Date()).catch(() => {});
    if (frame.obs.caseKey) void this.adoptOrphans(frame).catch(() => {});
    return marks;
  }

  /**
   * Merges the frame's observation into its case and evaluates it. The marks are answered from
   * the case as this worker last stored it (kept in memory for the few cases on screen), so a
   * screen never waits for another frame's write of the same case; the write then merges and
   * evaluates again on what the database holds, and if that differs (the panel marked a duty
   * meanwhile) the frame is sent the marks it gives.
   */
  private async process(frame: FrameState): Promise<MarkFinding[]> {
    frame.caseKey = caseKeyFor(frame);
    if (!frame.read || !frame.obs) return [];
    const caseKey = frame.caseKey;
    if (!caseKey) return [];
    const { read, obs } = frame;
    const scope = frame.docId;
    const [evaluate, profiles] = await Promise.all([this.evaluator(), this.profiles()]);
    const timed: CaseEvaluatorFn = (state, marks) => {
      perfMark('evaluate-start', scope);
      const evaluation = evaluate(state, marks);
      perfMark('evaluate-end', scope);
      return evaluation;
    };
    const now = new Date();
    const known = this.recent.get(caseKey);
    const early = known ? marksFor(read, timed(mergeInto(known.record, obs, caseKey, now.toISOString()), known.duties), profiles) : undefined;
    let evaluated: (marks: MarkFinding[]) => void = () => {};
    const fromStore = new Promise<MarkFinding[]>((resolve) => (evaluated = resolve));
    const stored = recordObservation(this.db, obs, caseKey, now, early ? evaluate : timed, (e) => evaluated(marksFor(read, e, profiles))).then(({ record, evaluation, duties }) => {
      perfMark('read-stored', scope);
      this.remember(caseKey, record, duties);
      const marks = marksFor(read, evaluation, profiles);
      if (early && frame.obs === obs && JSON.stringify(marks) !== JSON.stringify(early)) this.send(frame, { type: 'findings', docId: frame.docId, findings: marks });
      return marks;
    });
    stored.catch(() => {}); // a write that failed leaves the case as it was; the marks stand for the screen
    return early ?? Promise.race([fromStore, stored]);
  }

  /** The last few cases this worker stored, for answering the next screen of the same case at once. */
  private readonly recent = new Map<string, { record: CaseRecord; duties: DutyMark[] }>();

  private remember(caseKey: string, record: CaseRecord, duties: DutyMark[]): void {
    this.recent.delete(caseKey);
    this.recent.set(caseKey, { record, duties });
    if (this.recent.size > RECENT_CASES) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The panel changed a case (a duty marked, the case forgotten): answer from the database again. */
  forget(caseKey?: string): void {
    if (caseKey) this.recent.delete(caseKey);
    else this.recent.clear();
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
    this.forget(caseKey);
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
