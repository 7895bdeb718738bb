/**
 * Content script, in every frame of the agency's own legacy hosts: ask the background whether
 * this page may be read (and with which profiles), recognise the screen, read it, send the
 * plain read, and mark the findings it returns beside their fields. No React, zod or Dexie
 * here: reading is lib/screen, everything after it runs elsewhere. A page CaseLens may not
 * read gets nothing: no overlay, no watcher, no listener.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { makeSnapshot, markUnsaved, readScreen, readWithProfile, type ScreenRead } from '../../lib/screen/read-screen';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import type { Target } from '../../lib/screen/target';
import { controlOf } from '../../lib/screen/target';
import type { Control } from '../../lib/screen/dom-text';
import type { ActionResult, BackgroundToContent, FrameExpectation, HelloReply, MarkFinding } from '../../lib/messages';
import { Overlay } from './overlay';
import { watchScreen } from './screen-watcher';
import { insertLines, logWritesTo, setFieldValue, undoLastWrite } from './page-writer';
import { TeachMode } from './teach-mode';
import { RmssOverlay } from './rmss-overlay';
import { Connection, newDocId } from './connection';
import { EditTracker } from './edit-tracker';
import { snapshotForTest } from './screen-test';

export default defineContentScript({
  // Registered at run time only, for the agency's granted hosts (and the demo's in the demo build).
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Once per document: the background also injects into pages already open when it registers.
    const marker = globalThis as { caselensRunning?: boolean };
    if (marker.caselensRunning) return;
    marker.caselensRunning = true;
    ctx.onInvalidated(() => {
      marker.caselensRunning = false;
    });
    const conn = new Connection(newDocId(), () => ctx.isInvalid);
    const hello = await conn.send<HelloReply>({ type: 'hello', docId: conn.docId, origin: self.origin }).catch(() => undefined);
    if (!hello?.read) {
      conn.disconnect();
      return; // not one of the agency's pages: leave it alone
    }
    let profiles: ScreenProfile[] = hello.profiles;
    let lastRead: ScreenRead | null = null;
    let lastSignature = '';
    let targets = new Map<string, Target>();
    let findings: MarkFinding[] = [];
    const docId = conn.docId;
    const edits = new EditTracker(document);
    edits.start(ctx.signal);
    logWritesTo(edits);
    const overlay = new Overlay(
      document,
      () => void conn.send({ type: 'open-panel', docId }).catch(() => {}),
      (marks) => void conn.send({ type: 'marks-shown', docId, marks }).catch(() => {}),
    );
    const teach = new TeachMode(document, (text) => overlay.banner(text), docId);
    ctx.onInvalidated(() => {
      teach.stop();
      overlay.destroy();
      conn.disconnect();
    });
    // A frameset document has no body and shows nothing to read.
    const readable = () => document.body?.nodeName === 'BODY';
    const options = () => ({ url: location.href, referenceYear: new Date().getFullYear() });

    const read = async (force = false) => {
      if (!readable()) return;
      const result = readScreen(document, profiles, options());
      markUnsaved(result, (control) => edits.typedBy(control));
      targets = result.targets;
      const signature = JSON.stringify(result.read);
      if (!force && signature === lastSignature) {
        overlay.render(findings, targets); // same data, maybe new nodes after a repaint
        return;
      }
      lastSignature = signature;
      const previous = lastRead;
      lastRead = result.read;
      if (!result.read && !previous && !force) return; // still not a known screen
      const reply = await conn.send<{ findings: MarkFinding[] }>({ type: 'screen-read', docId, read: result.read, top: window === window.top });
      findings = reply?.findings ?? [];
      overlay.render(findings, targets);
    };

    const controlForFact = (fact: string): Control | undefined => {
      const field = lastRead?.fields.find((f) => f.fact === fact);
      return field ? controlOf(targets.get(field.key)) : undefined;
    };

    const narrationLines = (): Control[] => {
      const spec = lastRead?.narrationTarget;
      if (!spec) return [];
      return Array.from(document.querySelectorAll(spec.selector)).filter(
        (el): el is Control => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement,
      );
    };

    const titleControl = (): Control | undefined => {
      const selector = lastRead?.narrationTarget?.titleSelector;
      const el = selector ? document.querySelector(selector) : null;
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : undefined;
    };

    /** Is an action meant for this document and the screen and case it shows now? */
    const mismatch = (expect: FrameExpectation): string | undefined => {
      if (expect.docId !== docId) return 'Nothing was written: this frame shows another page now.';
      if (expect.profileId && lastRead?.profileId !== expect.profileId) return 'Nothing was written: the screen changed. Check the panel, then try again.';
      const caseOnScreen = lastRead?.fields.find((f) => f.fact === 'caseNumber' && f.status === 'ok')?.value;
      if (expect.caseNumber && typeof caseOnScreen === 'string' && caseOnScreen.toUpperCase() !== expect.caseNumber.toUpperCase()) {
        return `Nothing was written: this screen shows case ${caseOnScreen}, not ${expect.caseNumber}.`;
      }
      return undefined;
    };

    const act = (message: Extract<BackgroundToContent, { expect: FrameExpectation }>): unknown => {
      const refused = mismatch(message.expect);
      if (refused) return { ok: false, message: refused } satisfies ActionResult;
      switch (message.type) {
        case 'set-field':
          return setFieldValue(controlForFact(message.fact), message.value);
        case 'insert-lines':
          return lastRead?.narrationTarget ? insertLines(narrationLines(), message.lines, titleControl(), message.title) : undefined;
        case 'undo-insert':
          return undoLastWrite();
        case 'teach':
          if (message.on) teach.start();
          else teach.stop();
          return { ok: true, message: message.on ? 'Teach mode on: click values on the page, or press Tab to move between values and Enter to capture one.' : 'Teach mode off.' };
        case 'teach-preview':
          return readWithProfile(document, message.profile, makeSnapshot(document, location.href), options()).read;
        case 'snapshot-screen':
          return snapshotForTest(document, profiles, lastRead, options());
      }
    };

    const rmss = new RmssOverlay(document, overlay, hello.surveys, hello.guide);

    browser.runtime.onMessage.addListener((message: BackgroundToContent, sender, sendResponse) => {
      // Only CaseLens's own background and pages can message a content script; check anyway.
      if (ctx.isInvalid || sender.id !== browser.runtime.id || sender.tab) return;
      switch (message.type) {
        case 'findings':
          if (message.docId !== docId) return;
          findings = message.findings;
          overlay.render(findings, targets);
          return;
        case 'knowledge':
          profiles = message.profiles;
          rmss.setSurveys(message.surveys);
          void read(true).catch(() => {});
          return;
        case 'rmss-guide':
          rmss.setGuide(message.guide);
          return;
        case 'next-mark':
          overlay.focusNext();
          return;
        case 'reread':
          void read(true).catch(() => {});
          return;
        case 'reannounce':
          // The background restarted and forgot this frame: say hello again with what it shows.
          conn.connect();
          void conn
            .send<HelloReply>({ type: 'hello', docId, origin: self.origin })
            .then(() => read(true))
            .catch(() => {});
          return;
        case 'set-field':
        case 'insert-lines':
        case 'undo-insert':
        case 'teach':
        case 'teach-preview':
        case 'snapshot-screen': {
          const result = act(message);
          sendResponse(result ?? ({ ok: false, message: 'This screen has no place for that.' } satisfies ActionResult));
          return;
        }
        default:
          return;
      }
    });

    try {
      await read(true);
    } catch {
      return; // extension reloaded or unavailable: leave the page alone
    }
    // RMSS survey forms: marked beside their questions in a layer of their own, re-checked on every change.
    rmss.start(ctx.signal);
    watchScreen(document, () => {
      void read().catch(() => {});
      rmss.update();
    }, ctx.signal);
  },
});
