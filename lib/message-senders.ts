/**
 * Who sent a message, decided from what the browser says about the sender (never from the
 * message itself): one of CaseLens's own extension pages, a frame of a page on one of the
 * agency's granted origins (or the demo origin in the demo build), or anyone else. Pure, so
 * the rules are unit-tested; the background passes in runtime.MessageSender.
 */
import { isReadableUrl, type OriginScope } from './origins/agency-origins';
import { originOf } from './origins/match-pattern';

export interface SenderInfo {
  id?: string;
  url?: string;
  /** Chromium sets it, including the inherited origin of about:blank and srcdoc frames. */
  origin?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

export type Sender =
  | { kind: 'extension-page' }
  | { kind: 'agency-frame'; tabId: number; frameId: number; origin: string; url: string }
  | { kind: 'refused'; why: string };

/**
 * `claimedOrigin` is the origin the content script reports for an about:blank or srcdoc frame
 * (self.origin, which inherits its parent's). It is used only when the browser gives neither a
 * web URL nor an origin for the frame (Firefox), and is still checked against the agency's
 * origins.
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionBase: string, scope: OriginScope, claimedOrigin?: string): Sender {
  if (sender.id !== extensionId) return { kind: 'refused', why: 'not from CaseLens' };
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionBase)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId === undefined) return { kind: 'refused', why: 'not from a tab' };
  const webUrl = originOf(sender.url) ? sender.url! : undefined;
  const origin = originOf(webUrl) ?? originOf(sender.origin === 'null' ? undefined : sender.origin) ?? (sender.origin === undefined ? originOf(claimedOrigin) : undefined);
  if (!origin) return { kind: 'refused', why: 'a frame with no web origin' };
  // A frame without a web URL of its own (about:blank, srcdoc) is judged by the origin it inherits.
  const url = webUrl ?? `${origin}/`;
  if (!isReadableUrl(scope, url)) return { kind: 'refused', why: `${origin} is not one of the agency's hosts` };
  return { kind: 'agency-frame', tabId, frameId: sender.frameId, origin, url };
}
