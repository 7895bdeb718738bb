/**
 * The content script's line to the background: messages (retried while the service worker
 * starts), and a port whose life is this document's, so the background forgets the frame as
 * soon as it navigates away or closes. The port is opened again when the worker restarted.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground } from '../../lib/messages';

export const FRAME_PORT = 'caselens-frame:';

/**
 * One id per document (per content script instance), so the background can tell documents
 * apart. From getRandomValues, not randomUUID: randomUUID exists only in secure contexts, and
 * an agency's legacy host may be plain http, where the content script would otherwise stop here.
 */
export function newDocId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Connection {
  private port: ReturnType<typeof browser.runtime.connect> | null = null;

  constructor(
    readonly docId: string,
    private readonly isInvalid: () => boolean,
  ) {}

  /** Opens the frame's port if it is not open (first call, or after the worker restarted). */
  connect(): void {
    if (this.port || this.isInvalid()) return;
    try {
      const port = browser.runtime.connect({ name: `${FRAME_PORT}${this.docId}` });
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
      });
      this.port = port;
    } catch {
      this.port = null; // extension reloaded: this script is an orphan
    }
  }

  disconnect(): void {
    this.port?.disconnect();
    this.port = null;
  }

  /** Sends a message, retrying briefly while the service worker starts (or restarts after an update). */
  async send<T>(message: ContentToBackground): Promise<T | undefined> {
    this.connect();
    for (let attempt = 0; ; attempt++) {
      try {
        return (await browser.runtime.sendMessage(message)) as T | undefined;
      } catch (error) {
        if (attempt >= 4 || this.isInvalid()) throw error;
        await new Promise((r) => setTimeout(r, 150 * 2 ** attempt));
      }
    }
  }
}
