/**
 * Content script, in every frame of the legacy hosts: recognise the screen, read it, send the
 * plain read to the background, and mark the findings it returns beside their fields. No
 * React, zod or Dexie here: reading is lib/screen, everything after it runs elsewhere.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { makeSnapshot, readScreen, readWithProfile, type ScreenRead } from '../../lib/screen/read-screen';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import type { Target } from '../../lib/screen/target';
import { controlOf } from '../../lib/screen/target';
import type { Control } from '../../lib/screen/dom-text';
import { PROFILES_IN_FORCE_KEY, type ActionResult, type BackgroundToContent, type ContentToBackground, type MarkFinding } from '../../lib/messages';
import { Overlay } from './overlay';
import { watchScreen } from './screen-watcher';
import { insertLines, setFieldValue, undoLastWrite } from './page-writer';
import { TeachMode } from './teach-mode';
import { RmssOverlay } from './rmss-overlay';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    // The service worker may be starting (or restarting after an update): retry briefly.
    const send = async (msg: ContentToBackground): Promise<unknown> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await browser.runtime.sendMessage(msg);
        } catch (error) {
          if (attempt >= 4 || ctx.isInvalid) throw error;
          await new Promise((r) => setTimeout(r, 150 * 2 ** attempt));
        }
      }
    };
    let profiles: ScreenProfile[] = [];
    let lastRead: ScreenRead | null = null;
    let lastSignature = '';
    let targets = new Map<string, Target>();
    let findings: MarkFinding[] = [];
    const overlay = new Overlay(document, () => void send({ type: 'open-panel' }).catch(() => {}));
    const teach = new TeachMode(document, (text) => overlay.banner(text));
    ctx.onInvalidated(() => {
      teach.stop();
      overlay.destroy();
    });
    // A frameset document has no body and shows nothing to read.
    const readable = () => document.body?.nodeName === 'BODY';

    // Profiles in force are published by the background to storage.local, so a screen can be
    // read at once without waking the service worker; the message is the fallback (first run).
    const loadProfiles = async () => {
      const stored = await browser.storage.local.get(PROFILES_IN_FORCE_KEY);
      const cached = stored[PROFILES_IN_FORCE_KEY] as ScreenProfile[] | undefined;
      profiles = cached ?? ((await send({ type: 'get-profiles' })) as ScreenProfile[] | undefined) ?? [];
    };

    const read = async (force = false) => {
      if (!readable()) return;
      const result = readScreen(document, profiles, { url: location.href, referenceYear: new Date().getFullYear() });
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
      const reply = (await send({ type: 'screen-read', read: result.read, top: window === window.top })) as MarkFinding[] | undefined;
      findings = reply ?? [];
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

    browser.runtime.onMessage.addListener((message: BackgroundToContent, _sender, sendResponse) => {
      if (ctx.isInvalid) return;
      let result: ActionResult | undefined;
      switch (message.type) {
        case 'findings':
          findings = message.findings;
          overlay.render(findings, targets);
          return;
        case 'set-field':
          result = setFieldValue(controlForFact(message.fact), message.value);
          break;
        case 'insert-lines':
          result = lastRead?.narrationTarget ? insertLines(narrationLines(), message.lines, titleControl(), message.title) : undefined;
          break;
        case 'undo-insert':
          result = undoLastWrite();
          break;
        case 'teach':
          if (message.on) teach.start();
          else teach.stop();
          sendResponse({ ok: true, message: message.on ? 'Teach mode on: click values on the page.' : 'Teach mode off.' });
          return;
        case 'teach-preview': {
          const opts = { url: location.href, referenceYear: new Date().getFullYear() };
          sendResponse(readWithProfile(document, message.profile, makeSnapshot(document, opts.url), opts).read);
          return;
        }
        case 'reread':
          void loadProfiles().then(() => read(true));
          return;
        default:
          return;
      }
      sendResponse(result ?? { ok: false, message: 'This screen has no place for that.' });
    });

    try {
      await loadProfiles();
      await read(true);
    } catch {
      return; // extension reloaded or unavailable: leave the page alone
    }
    // RMSS survey forms: marked beside their questions in a layer of their own, re-checked on every change.
    const rmss = new RmssOverlay(document, overlay);
    void rmss.start(ctx.signal).catch(() => {});
    watchScreen(document, () => {
      void read().catch(() => {});
      rmss.update();
    }, ctx.signal);
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(PROFILES_IN_FORCE_KEY in changes)) return;
      profiles = (changes[PROFILES_IN_FORCE_KEY]!.newValue as ScreenProfile[] | undefined) ?? profiles;
      void read(true).catch(() => {});
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  },
});
