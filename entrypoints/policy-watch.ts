/**
 * Policy watch, in a policy manual page's frame: injected by the background only on the pages
 * the agency listed (settings.policyManualUrls). Extracts the article with @mozilla/readability
 * from a clone of the document (the page itself is not touched) and sends its text and headings
 * to the background, which compares them with the citations in force. Reads nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { Readability } from '@mozilla/readability';
import type { ContentToBackground } from '../lib/messages';

const MAX_TEXT = 300_000;

export default defineUnlistedScript(() => {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const content = article?.content ? new DOMParser().parseFromString(article.content, 'text/html') : document;
  const headings = Array.from(content.querySelectorAll('h1,h2,h3,h4'))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 500);
  const message: ContentToBackground = {
    type: 'policy-page',
    url: location.href,
    title: (article?.title || document.title).slice(0, 300),
    text: (article?.textContent ?? document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, MAX_TEXT),
    header: (document.body?.innerText ?? '').slice(0, 3000),
    headings,
  };
  void browser.runtime.sendMessage(message).catch(() => {});
});
