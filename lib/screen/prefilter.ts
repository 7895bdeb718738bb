/**
 * Could this page be a legacy screen at all? Asked by the content script's first stage before
 * it loads the reader, so a page no profile can describe costs a few selector look-ups and no
 * walk of its DOM. Every check is a necessary condition of recognise(): a profile that fails
 * one here could not match there, so nothing readable is ever skipped.
 *
 * Per profile: its URL pattern; for each required text, the element its selector names (or,
 * for a text at a 3270 position, the grid element); a required input count. A profile whose
 * only tests are plain page text (no selector, no position) needs the page's text: that is one
 * native `textContent` of the body (no JavaScript walk), plus the values of the page's inputs
 * (the reader counts those as text too), checked for the test's longest word.
 */
import type { ScreenProfile, TextTest } from './profile-schema';
import { urlMatches } from './url-match';

/** What the first stage needs of a survey: where its form is. */
export interface SurveyFormSelector {
  form?: { selector?: string };
}

type Page = Pick<Document, 'querySelector' | 'querySelectorAll' | 'body'>;

function exists(doc: Page, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false; // a selector this browser cannot parse finds nothing, here and in the reader
  }
}

/** The page's text as the reader sees it, upper-cased, built at most once per check. */
class PageText {
  private text: string | undefined;
  constructor(private readonly doc: Page) {}

  includes(word: string, caseSensitive: boolean): boolean {
    if (this.text === undefined) {
      const values = Array.from(this.doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input,textarea'), (c) => c.value ?? '');
      this.text = `${this.doc.body?.textContent ?? ''}\n${values.join('\n')}`;
    }
    // Case-insensitive without an upper-case copy of a long page.
    return caseSensitive ? this.text.includes(word) : new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').test(this.text);
  }
}

/** The longest whitespace-free run of a test's text: it cannot span two blocks of the page. */
const longestWord = (text: string) => text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

function testMayPass(doc: Page, profile: ScreenProfile, test: TextTest, text: PageText): boolean {
  if (test.at) return !!profile.grid && exists(doc, profile.grid.selector);
  if (test.selector) return exists(doc, test.selector);
  // On a grid profile the reader also looks for the text across the grid's cells.
  if (profile.grid && exists(doc, profile.grid.selector)) return true;
  const word = longestWord(test.text);
  return !word || text.includes(word, !!test.caseSensitive);
}

/**
 * The profiles that could match this page (in their given order). Tests that need the page's
 * text are checked last, and only when nothing cheaper already ruled the profile out.
 */
export function possibleProfiles<P extends ScreenProfile>(doc: Page, url: string, profiles: readonly P[]): P[] {
  const text = new PageText(doc);
  return profiles.filter((profile) => {
    const m = profile.match;
    if (m.url && !urlMatches(m.url, url)) return false;
    const tests = [...m.all].sort((a, b) => Number(!a.at && !a.selector) - Number(!b.at && !b.selector));
    if (!tests.every((t) => testMayPass(doc, profile, t, text))) return false;
    if (m.inputs?.min) return doc.querySelectorAll('input,select,textarea').length >= m.inputs.min;
    return true;
  });
}

/** Does the page hold a survey form CaseLens checks? */
export function hasSurveyForm(doc: Page, surveys: readonly SurveyFormSelector[]): boolean {
  return surveys.some((s) => !!s.form?.selector && exists(doc, s.form.selector));
}
