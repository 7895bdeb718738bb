/**
 * The content script's reader (loaded by the first stage, first-stage.ts, on pages that can be
 * legacy screens): recognises the screen, reads it, sends the plain read to the background and
 * marks the findings it returns beside their fields; checks RMSS survey forms; writes into the
 * page on the worker's click. Teach mode and "Save this screen as a test" come in a script of
 * their own when first asked for (tools-link.ts). No React, zod or Dexie here: reading is
 * lib/screen, everything after it runs in the background.
 *
 * When the screen changes in place, it is read again on the next frame (screen-watcher.ts):
 * the marks move to the repainted fields at once, and the background is asked only when the
 * read differs (a hash, lib/screen/read-hash.ts), then confirms or changes the marks. Marks of
 * another screen or case are never carried over: they go at once.
 */
import { extractScreen, extractWithProfile, makeSnapshot, markUnsaved, type Extracted, type RawRead } from '../../lib/screen/extract';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { hashRead } from '../../lib/screen/read-hash';
import { possibleProfiles } from '../../lib/screen/prefilter';
import type { Target } from '../../lib/screen/target';
import { controlOf } from '../../lib/screen/target';
import type { Control } from '../../lib/screen/dom-text';
import type { ActionResult, BackgroundToContent, FrameExpectation, MarkFinding } from '../../lib/messages';
import { perfMark } from '../../lib/perf-marks';
import { Overlay } from './overlay';
import { ScreenWatcher } from './screen-watcher';
import { insertLines, logWritesTo, setFieldValue, undoLastWrite } from './page-writer';
import type { TeachMode } from './teach-mode';
import { TOOLS_KEY, type Tools, type ToolsGlobal } from './tools-link';
import { RmssOverlay } from './rmss-overlay';
import { screenScope } from './screen-scope';
import type { FirstStage, Reader } from './stage-link';
import { AnsweredMarks } from './answered-marks';

/** How long the tools (teach mode, screen tests) may take to arrive before the request fails. */
const TOOLS_TIMEOUT_MS = 5000;
const NO_TOOLS = 'CaseLens could not start this on the page. Reload the page and try again.';

/** Answers kept for going back to a screen (a worker moves between a handful on one case). */
const ANSWERS_KEPT = 8;

/** The case number a read shows, as the screen shows it (upper case), if it shows one. */
function caseNumberOf(read: RawRead | null, profile: ScreenProfile | undefined): string | undefined {
  const i = profile?.fields.findIndex((f) => f.fact === 'caseNumber') ?? -1;
  const raw = i >= 0 ? read?.fields[i]?.raw?.trim() : undefined;
  return raw ? raw.toUpperCase() : undefined;
}

/** Which screen of which case a read shows: marks never outlive it. */
function identityOf(ex: Extracted): string {
  return ex.raw ? `${ex.raw.profileId}\n${caseNumberOf(ex.raw, ex.profile) ?? ''}` : '';
}

/** A read and its hash, once worked out. */
interface HashedRead {
  raw: RawRead | null;
  hash?: number;
}

const hashOf = (read: HashedRead): number => (read.hash ??= hashRead(read.raw));

/** Runs `work` when the frame is idle (after the read's message has left), within a short wait. */
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 200 }) : setTimeout(work, 0);

export function startReader(stage: FirstStage): Reader {
  perfMark('reader-started');
  const { docId, conn, edits, signal } = stage;
  /** The last read, its hash worked out when first needed (hashOf) or in an idle moment. */
  let last: HashedRead = { raw: null };
  let lastProfile: ScreenProfile | undefined;
  let shownIdentity = '';
  let sent = 0;
  let targets = new Map<string, Target>();
  let findings: MarkFinding[] = [];
  logWritesTo(edits);
  const overlay = new Overlay(
    document,
    () => conn.send({ type: 'open-panel', docId }).then((reply) => (reply as { opened?: boolean } | undefined)?.opened === true, () => false),
    (marks) => void conn.send({ type: 'marks-shown', docId, marks }).catch(() => {}),
  );
  let teach: TeachMode | undefined;
  let toolsArrival: Promise<Tools | undefined> | undefined;
  /** The tools, injected into this frame by the background on the first request. */
  const loadTools = (): Promise<Tools | undefined> =>
    (toolsArrival ??= new Promise<Tools | undefined>((resolve) => {
      const g = globalThis as ToolsGlobal;
      const timer = setTimeout(() => {
        toolsArrival = undefined; // not arrived (the worker restarting?): the next request asks again
        resolve(undefined);
      }, TOOLS_TIMEOUT_MS);
      g[TOOLS_KEY] = (tools) => {
        perfMark('tools-arrived');
        clearTimeout(timer);
        delete g[TOOLS_KEY];
        resolve(tools);
      };
      void conn.send({ type: 'load-tools', docId }).catch(() => {});
    }));
  const rmss = new RmssOverlay(document, overlay, stage.hello.surveys, stage.hello.guide);
  // A frameset document has no body and shows nothing to read.
  const readable = () => document.body?.nodeName === 'BODY';

  /** Recognise and read the screen (only the profiles the page could match are tried). */
  const readNow = (): Extracted => {
    const profiles = possibleProfiles(document, location.href, stage.hello.profiles);
    perfMark('read-checked-profiles');
    const result: Extracted = profiles.length ? extractScreen(document, profiles, location.href) : { raw: null, targets: new Map<string, Target>(), cells: [] };
    perfMark('read-extracted');
    markUnsaved(result, (control) => edits.typedBy(control));
    return result;
  };

  const answered = new AnsweredMarks(ANSWERS_KEPT);

  const read = async (force = false) => {
    if (!readable()) return;
    perfMark('read-start');
    const result = readNow();
    const identity = identityOf(result);
    // The hash tells a changed read from a repaint, and finds marks answered before for it. A
    // forced read (the first of a page) is sent whatever it hashes to: unless it may come back
    // to marks answered before, it is hashed once its message has left (sending needs this
    // frame's turns too), while the worker checks it.
    const hashFirst = !force || (identity !== shownIdentity && answered.size > 0);
    const current: HashedRead = { raw: result.raw, ...(hashFirst ? { hash: hashRead(result.raw) } : {}) };
    perfMark('read-done');
    targets = result.targets;
    watcher.watch(screenScope(result, rmss.formRoot()));
    if (identity !== shownIdentity) {
      // Another screen or case: its marks do not belong here; those answered before for this
      // very read (the worker came back to it) do.
      const recalled = answered.get(current.hash);
      findings = recalled ?? [];
      if (recalled) perfMark('marks-recalled');
      shownIdentity = identity;
    }
    const changed = force || hashOf(current) !== hashOf(last);
    const previous = last.raw;
    last = current;
    lastProfile = result.profile;
    // A changed read goes to the background first (the message leaves now), then the marks
    // already shown move onto the repainted fields, in this same frame.
    const mine = changed && (result.raw || previous || force) ? ++sent : 0;
    if (mine) perfMark('read-sent');
    const reply = mine ? conn.send<{ findings: MarkFinding[] }>({ type: 'screen-read', docId, read: result.raw, top: window === window.top }) : undefined;
    overlay.render(findings, targets);
    perfMark('marks-placed');
    if (current.hash === undefined) whenIdle(() => hashOf(current));
    if (!reply) return;
    const answer = await reply;
    if (mine !== sent || signal.aborted) return; // a newer read went meanwhile: its answer counts
    findings = answer?.findings ?? [];
    answered.remember(hashOf(current), findings);
    overlay.render(findings, targets);
    perfMark('findings-shown');
  };

  const watcher = new ScreenWatcher(
    document,
    () => {
      void read().catch(() => {});
      rmss.update();
    },
    signal,
  );

  const controlForFact = (fact: string): Control | undefined => {
    const field = last.raw ? lastProfile?.fields.find((f) => f.fact === fact) : undefined;
    return field ? controlOf(targets.get(field.key)) : undefined;
  };

  const narrationSpec = () => (last.raw ? lastProfile?.narrationTarget : undefined);

  const narrationLines = (): Control[] => {
    const spec = narrationSpec();
    if (!spec) return [];
    return Array.from(document.querySelectorAll(spec.selector)).filter(
      (el): el is Control => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement,
    );
  };

  const titleControl = (): Control | undefined => {
    const selector = narrationSpec()?.titleSelector;
    const el = selector ? document.querySelector(selector) : null;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
  };

  /** Is an action meant for this document and the screen and case it shows now? */
  const mismatch = (expect: FrameExpectation): string | undefined => {
    if (expect.docId !== docId) return 'Nothing was written: this frame shows another page now.';
    if (expect.profileId && last.raw?.profileId !== expect.profileId) return 'Nothing was written: the screen changed. Check the panel, then try again.';
    const caseOnScreen = caseNumberOf(last.raw, lastProfile);
    if (expect.caseNumber && caseOnScreen && caseOnScreen !== expect.caseNumber.toUpperCase()) {
      return `Nothing was written: this screen shows case ${caseOnScreen}, not ${expect.caseNumber}.`;
    }
    return undefined;
  };

  /** Teach mode and screen tests: the tools come first if they are not here yet. */
  const actWithTools = async (message: Extract<BackgroundToContent, { type: 'teach' | 'snapshot-screen' }>): Promise<unknown> => {
    const refused = mismatch(message.expect);
    if (refused) return { ok: false, message: refused } satisfies ActionResult;
    if (message.type === 'teach' && !message.on) {
      teach?.stop();
      return { ok: true, message: 'Teach mode off.' } satisfies ActionResult;
    }
    const tools = await loadTools();
    if (!tools || signal.aborted) return { ok: false, message: NO_TOOLS } satisfies ActionResult;
    if (message.type === 'snapshot-screen') return tools.snapshotForTest(document, stage.hello.profiles, last.raw?.profileId, location.href);
    teach ??= new tools.TeachMode(document, overlay, docId);
    teach.start();
    return { ok: true, message: 'Teach mode on: click values on the page, or press Tab to move between values and Enter to capture one.' } satisfies ActionResult;
  };

  const act = (message: Extract<BackgroundToContent, { expect: FrameExpectation }>): unknown => {
    const refused = mismatch(message.expect);
    if (refused) return { ok: false, message: refused } satisfies ActionResult;
    switch (message.type) {
      case 'set-field':
        return setFieldValue(controlForFact(message.fact), message.value);
      case 'insert-lines':
        return narrationSpec() ? insertLines(narrationLines(), message.lines, titleControl(), message.title) : undefined;
      case 'undo-insert':
        return undoLastWrite();
      case 'teach-preview':
        // The raw read: the side panel finishes it with the profile it sent (finishRead).
        return extractWithProfile(document, message.profile, makeSnapshot(document, location.href)).raw;
    }
  };

  signal.addEventListener('abort', () => {
    teach?.stop();
    overlay.destroy();
  });

  const onMessage = (message: BackgroundToContent, sendResponse: (reply: unknown) => void): boolean => {
    switch (message.type) {
      case 'findings':
        if (message.docId !== docId) return false;
        findings = message.findings;
        // Pushed when the case changed (a duty marked, the panel's fix): marks kept for other
        // reads may no longer hold.
        answered.clear();
        answered.remember(hashOf(last), findings);
        overlay.render(findings, targets);
        perfMark('findings-pushed');
        return false;
      case 'knowledge':
        answered.clear(); // other profiles read the page differently
        stage.hello.profiles = message.profiles;
        stage.hello.surveys = message.surveys;
        rmss.setSurveys(message.surveys);
        void read(true).catch(() => {});
        return false;
      case 'rmss-guide':
        stage.hello.guide = message.guide;
        rmss.setGuide(message.guide);
        return false;
      case 'next-mark':
        overlay.focusNext();
        return false;
      case 'reread':
        void read(true).catch(() => {});
        return false;
      case 'reannounce':
        // The background restarted and forgot this frame: say hello again with what it shows.
        conn.connect();
        void conn
          .send({ type: 'hello', docId, origin: self.origin })
          .then(() => read(true))
          .catch(() => {});
        return false;
      case 'teach':
      case 'snapshot-screen':
        void actWithTools(message).then(sendResponse);
        return true;
      case 'set-field':
      case 'insert-lines':
      case 'undo-insert':
      case 'teach-preview': {
        const result = act(message);
        sendResponse(result ?? ({ ok: false, message: 'This screen has no place for that.' } satisfies ActionResult));
        return false;
      }
      default:
        return false;
    }
  };

  void read(true)
    .then(() => {
      // RMSS survey forms: marked beside their questions in a layer of their own, re-checked on every change.
      rmss.start(signal);
    })
    .catch(() => {});

  return { onMessage, nextMark: () => overlay.focusNext() };
}
