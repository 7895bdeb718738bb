/**
 * Who sent a message, from what the browser says: CaseLens's own pages, a frame on an agency
 * origin, or no one CaseLens acts for. A content script (which a hostile page's renderer may
 * control) is never taken for the side panel.
 */
import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../lib/message-senders';
import type { OriginScope } from '../../../lib/origins/agency-origins';

const ID = 'jfckfpmlaihfjanelekfonkjaijodmii';
const BASE = `chrome-extension://${ID}/`;
const scope: OriginScope = { agencyHosts: ['https://tracs.example.gov/*'], systemHosts: {}, demo: true };
const frame = (url: string, extra: object = {}) => ({ id: ID, url, tab: { id: 7, windowId: 1 }, frameId: 3, ...extra });

describe('classifySender', () => {
  it('knows its own pages, a side panel opened as a tab included', () => {
    expect(classifySender({ id: ID, url: `${BASE}sidepanel.html` }, ID, BASE, scope).kind).toBe('extension-page');
    expect(classifySender({ id: ID, url: `${BASE}sidepanel.html`, tab: { id: 9 }, frameId: 0 }, ID, BASE, scope).kind).toBe('extension-page');
  });

  it('takes a content script on an agency or demo origin as an agency frame, with its tab and frame', () => {
    expect(classifySender(frame('https://tracs.example.gov/cpln'), ID, BASE, scope)).toEqual({
      kind: 'agency-frame', tabId: 7, frameId: 3, origin: 'https://tracs.example.gov', url: 'https://tracs.example.gov/cpln',
    });
    expect(classifySender(frame('http://127.0.0.1:4780/tracs/'), ID, BASE, scope).kind).toBe('agency-frame');
  });

  it('refuses a content script anywhere else, another extension, and messages from no tab', () => {
    expect(classifySender(frame('http://127.0.0.1:4781/tracs/'), ID, BASE, scope)).toMatchObject({ kind: 'refused' });
    expect(classifySender(frame('https://evil.example.com/'), ID, BASE, scope)).toMatchObject({ kind: 'refused' });
    expect(classifySender({ ...frame('https://tracs.example.gov/'), id: 'someoneelse' }, ID, BASE, scope)).toMatchObject({ kind: 'refused' });
    expect(classifySender({ id: ID, url: 'https://tracs.example.gov/' }, ID, BASE, scope)).toMatchObject({ kind: 'refused' });
  });

  it('judges an about:blank or srcdoc frame by the origin it inherits: the agency\'s own is read, a stranger\'s is not', () => {
    expect(classifySender(frame('about:srcdoc', { origin: 'https://tracs.example.gov' }), ID, BASE, scope).kind).toBe('agency-frame');
    expect(classifySender(frame('about:srcdoc', { origin: 'http://127.0.0.1:4781' }), ID, BASE, scope)).toMatchObject({ kind: 'refused' });
    expect(classifySender(frame('about:blank', { origin: 'null' }), ID, BASE, scope)).toMatchObject({ kind: 'refused' });
  });

  it('uses the origin a content script claims only when the browser gives none (Firefox), and still checks it', () => {
    expect(classifySender(frame('about:srcdoc'), ID, BASE, scope, 'https://tracs.example.gov').kind).toBe('agency-frame');
    expect(classifySender(frame('about:srcdoc'), ID, BASE, scope, 'https://evil.example.com')).toMatchObject({ kind: 'refused' });
    // A browser-given origin wins over a claim.
    expect(classifySender(frame('about:srcdoc', { origin: 'https://evil.example.com' }), ID, BASE, scope, 'https://tracs.example.gov')).toMatchObject({ kind: 'refused' });
  });
});
