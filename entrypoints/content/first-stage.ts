/**
 * The content script's first stage, in every frame of the agency's own legacy hosts: says
 * hello (the background answers whether this page may be read, and with which profiles),
 * then checks cheaply whether the page can be one of those screens (lib/screen/prefilter.ts:
 * URL and selector look-ups, no walk of the DOM) and only then loads the reader. A page that
 * may not be read gets nothing: no listener, no watcher. A readable page that shows no screen
 * gets a light watch (a mutation observer, re-checked at most every CHECK_WAIT_MS) so a
 * screen that appears later is still read; teach mode loads the reader on demand.
 *
 * How the reader loads (measured, see docs/performance.md): the background injects
 * caselens-reader.js into this frame with scripting.executeScript, on the frame's own request.
 * A dynamic import() from a content script would need the file listed in
 * web_accessible_resources for every host (so any page could fetch it and learn CaseLens is
 * installed), and took 2-3 times as long in Chromium (10-14 ms against 4-5 ms for 55 KB,
 * request included).
 *
 * Stays small: no React, zod or Dexie, and none of the reader (a unit test checks its imports).
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, HelloReply } from '../../lib/messages';
import { hasSurveyForm, possibleProfiles } from '../../lib/screen/prefilter';
import { perfMark } from '../../lib/perf-marks';
import { Connection, newDocId } from './connection';
import { EditTracker } from './edit-tracker';
import { STAGE_KEY, type FirstStage, type Reader, type StageGlobal, type StartReader } from './stage-link';

/** A page that showed no screen is checked again at most this often while it changes. */
export const CHECK_WAIT_MS = 250;
/** How long the reader may take to arrive before the page is left alone (until it changes). */
const LOAD_TIMEOUT_MS = 5000;
/** How long to wait for a reader the background said it is injecting before asking for it. */
const SPECULATIVE_WAIT_MS = 1000;

/** Alt+Shift+M: the next CaseLens mark on the page (also an extension command, see wxt.config.ts). */
export const isNextMarkKey = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyM';

/** Longest wait for a frameset's other frames to load before reading anyway (a page that never finishes). */
const LOAD_WAIT_MS = 3000;

/** Resolves once this document, and the top document when it is of the same origin, have loaded. */
async function pageLoaded(): Promise<void> {
  const windows: Window[] = [window];
  try {
    if (window.top && window.top !== window && window.top.document) windows.push(window.top);
  } catch {
    // another origin's frameset: its load is not ours to know
  }
  const loaded = (w: Window) =>
    w.document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((r) => w.addEventListener('load', () => r(), { once: true }));
  await Promise.race([Promise.all(windows.map(loaded)), new Promise((r) => setTimeout(r, LOAD_WAIT_MS))]);
  // In a task of its own: resumed from the load event's listener, CaseLens's first messages
  // would run inside the page's own load event, before it ends.
  await new Promise((r) => setTimeout(r, 0));
}

export async function startFirstStage(): Promise<void> {
  perfMark('page-start');
  // Nothing before the page (and, in a frameset of the same origin, the whole frameset) has
  // loaded and its load event has ended, not even this stage's own set-up: the page's load pays
  // only for the script's world (measured: docs/performance.md).
  await pageLoaded();
  perfMark('page-loaded');
  const g = globalThis as StageGlobal;
  // One instance per document: a second injection (the background injects into pages already
  // open when it registers) or an orphan left by an update gives way to this one.
  g[STAGE_KEY]?.stop();
  const life = new AbortController();
  const isInvalid = () => {
    if (!browser.runtime?.id) life.abort();
    return life.signal.aborted;
  };
  const conn = new Connection(newDocId(), isInvalid);
  const docId = conn.docId;
  const sayHello = () => conn.send<HelloReply>({ type: 'hello', docId, origin: self.origin });
  let reader: Reader | undefined;
  let factory: StartReader | undefined;
  let arrived: () => void = () => {};
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const stage: FirstStage & { stop(): void } = {
    docId,
    conn,
    hello: { read: false, profiles: [], surveys: [], guide: null },
    edits: new EditTracker(document),
    signal: life.signal,
    isInvalid,
    readerLoaded: (start: StartReader) => {
      // The reader may arrive before the hello answer (the background injects it alongside).
      factory ??= start;
      arrived();
    },
    stop: () => life.abort(),
  };
  g[STAGE_KEY] = stage;
  life.signal.addEventListener('abort', () => {
    conn.disconnect();
    if (g[STAGE_KEY] === stage) delete g[STAGE_KEY];
  });

  const hello = await sayHello().catch(() => undefined);
  perfMark('hello-answered');
  if (!hello?.read || life.signal.aborted) {
    conn.disconnect();
    return; // not one of the agency's pages: leave it alone
  }
  Object.assign(stage.hello, hello);
  // Typed-but-unsaved values are tracked from the start, before the reader is here.
  stage.edits.start(life.signal);

  const wait = (ms: number) => Promise.race([arrival.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
  const request = () => {
    perfMark('reader-requested');
    void conn.send({ type: 'load-reader', docId }).catch(() => {});
  };
  // The background injects the reader at once where this URL showed a screen before (its
  // hello reply says so); elsewhere it is asked for once the page passed the check.
  if (hello.reader) perfMark('reader-requested');
  let fetching: Promise<boolean> | undefined;
  const fetchReader = () =>
    (fetching ??= (async () => {
      if (factory) return true;
      if (!hello.reader) request();
      if (await wait(hello.reader ? SPECULATIVE_WAIT_MS : LOAD_TIMEOUT_MS)) return true;
      if (hello.reader) {
        request();
        if (await wait(LOAD_TIMEOUT_MS)) return true;
      }
      fetching = undefined; // not loaded (the worker restarting?): a later change asks again
      return false;
    })());
  /** The reader, started (loaded first if need be); undefined if it could not be loaded. */
  const startReader = async (): Promise<Reader | undefined> => {
    if (!reader && (await fetchReader()) && factory && !reader && !life.signal.aborted) reader = factory(stage);
    return reader;
  };

  const couldBeScreen = () =>
    possibleProfiles(document, location.href, stage.hello.profiles).length > 0 || hasSurveyForm(document, stage.hello.surveys);

  // A page that shows no screen (yet): re-checked when it changes, at most every CHECK_WAIT_MS.
  let light: MutationObserver | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let starting = false;
  const check = () => {
    if (reader || starting || life.signal.aborted) return;
    if (couldBeScreen()) {
      light?.disconnect();
      light = undefined;
      starting = true;
      void startReader().then((r) => {
        starting = false;
        if (!r) check(); // not loaded: watch again, and ask again on the next change
      });
      return;
    }
    if (light) return;
    light = new MutationObserver(() => {
      if (checkTimer === undefined) {
        checkTimer = setTimeout(() => {
          checkTimer = undefined;
          check();
        }, CHECK_WAIT_MS);
      }
    });
    light.observe(document, { childList: true, subtree: true, characterData: true });
  };
  life.signal.addEventListener('abort', () => {
    light?.disconnect();
    clearTimeout(checkTimer);
  });

  browser.runtime.onMessage.addListener(function onMessage(message: BackgroundToContent, sender, sendResponse) {
    // Only CaseLens's own background and pages can message a content script; check anyway.
    if (isInvalid()) {
      browser.runtime.onMessage.removeListener(onMessage);
      return undefined;
    }
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (reader) return reader.onMessage(message, sendResponse) || undefined;
    switch (message.type) {
      case 'knowledge':
        stage.hello.profiles = message.profiles;
        stage.hello.surveys = message.surveys;
        check();
        return undefined;
      case 'rmss-guide':
        stage.hello.guide = message.guide;
        return undefined;
      case 'reread':
        check();
        return undefined;
      case 'reannounce':
        // The background restarted and forgot this frame: say hello again.
        conn.connect();
        void sayHello().catch(() => {});
        return undefined;
      case 'teach':
      case 'teach-preview':
        // Teaching a screen CaseLens does not know: the reader (with teach mode) loads now.
        void startReader().then((r) => {
          if (!r || !r.onMessage(message, sendResponse)) sendResponse({ ok: false, message: 'CaseLens could not start on this page. Reload it and try again.' });
        });
        return true;
      case 'set-field':
      case 'insert-lines':
      case 'undo-insert':
        sendResponse({ ok: false, message: 'This screen has no place for that.' });
        return undefined;
      case 'snapshot-screen':
        sendResponse({ ok: false, message: 'CaseLens does not know this screen: teach it first, then save it as a test.' });
        return undefined;
      default:
        return undefined;
    }
  });

  // The next-mark key: marks in this frame first, else the background finds the frame that has them.
  const onKey = (e: KeyboardEvent) => {
    if (!isNextMarkKey(e) || !e.isTrusted) return;
    e.preventDefault();
    e.stopPropagation();
    if (!reader?.nextMark()) void conn.send({ type: 'next-mark', docId }).catch(() => {});
  };
  document.addEventListener('keydown', onKey, true);
  life.signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey, true));

  check();
}
