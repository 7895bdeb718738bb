/**
 * "Save this screen as a test": every fixture screen, saved with synthetic values, still reads
 * with the same profile into the same facts (paths, blanks, unreadables), while no value the
 * profile read as a name, date or free text survives into the copy. Codes and flags stay (the
 * profile must still parse them); the live page is never changed.
 */
import { describe, expect, it } from 'vitest';
import { builtInKnowledge } from '../../../lib/knowledge';
import { extractScreen } from '../../../lib/screen/extract';
import { readScreen } from '../../../lib/screen/read-screen';
import { snapshotScreen } from '../../../lib/screen/anonymise/snapshot';
import { Synthesiser, shiftDate } from '../../../lib/screen/anonymise/synthetic';
import { expectedRead } from '../../../lib/screen-tests/expected-read';
import { fixtureFiles, loadFixture, parseHtml } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const opts = { url: 'http://legacy.example/screen', referenceYear: 2026 };

/** A seeded random source, so a failure can be reproduced. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shape = (r: ReturnType<typeof expectedRead>) => ({
  profileId: r.profileId,
  paths: Object.keys(r.facts).map((p) => p.replace(/^cases\[[^\]]+\]/, 'cases[]')).sort(),
  blank: r.blank.length,
  unreadable: r.unreadable.length,
  problems: r.problems.length,
});

const screens = fixtureFiles().filter((f) => f.folder !== '_none');

describe('saving a screen as a test', () => {
  it.each(screens.map((f) => [`${f.folder}/${f.name}`, f] as const))('%s reads the same from its synthetic copy', (_, file) => {
    const doc = loadFixture(file);
    const before = doc.documentElement.outerHTML;
    const result = extractScreen(doc, profiles, opts.url);
    const finished = readScreen(doc, profiles, opts).read!;
    const profile = profiles.find((p) => p.id === finished.profileId)!;
    const copy = snapshotScreen(doc, profile, result, seeded(7));
    expect(doc.documentElement.outerHTML).toBe(before); // the live page untouched
    expect(shape(expectedRead(parseHtml(copy.html), profiles, opts))).toEqual(shape(expectedRead(doc, profiles, opts)));
    // Every fact read as a name, date or free text reads differently from the copy (codes and flags the same).
    const spec = new Map(profile.fields.map((f) => [f.fact, f.parse.type] as const));
    const original = expectedRead(doc, profiles, opts).facts;
    const again = expectedRead(parseHtml(copy.html), profiles, opts).facts;
    for (const f of finished.fields.filter((x) => x.status === 'ok' && ['text', 'date'].includes(spec.get(x.fact) ?? '') && String(x.value).length >= 4)) {
      expect(again[f.fact], f.fact).not.toBe(original[f.fact]);
    }
    const read = [...finished.fields, ...finished.lists.flatMap((l) => l.rows.flat())].filter((f) => f.raw?.trim()).length;
    if (read) expect(copy.replaced + copy.kept).toBeGreaterThan(0);
  });

  it('leaves out scripts, event handlers, frames, hidden state and CaseLens\'s overlay, and scrubs numbers, dates and names elsewhere', () => {
    const doc = parseHtml(`<h2>Family Self-Sufficiency Plan (FSSP)</h2><script>steal()</script>
      <a href="/cms/page?case=2000211" onclick="x()">Client: SAMPLE, AVERY 07/04/2026</a><input type="hidden" name="__VIEWSTATE" value="c2VjcmV0">
      <iframe src="https://elsewhere.example/"></iframe><div data-caselens-overlay="">mark</div>
      <table><tr><td><label for="p">Plan Date</label></td><td><input id="p" name="planDate" value="10/08/2026"></td></tr></table>`);
    const result = extractScreen(doc, profiles, opts.url);
    const copy = snapshotScreen(doc, profiles.find((p) => p.id === 'ak-cms-fssp')!, result, seeded(3)).html;
    for (const gone of ['steal()', 'onclick', 'c2VjcmV0', 'elsewhere.example', 'data-caselens-overlay', '2000211', 'SAMPLE, AVERY', '07/04/2026', '10/08/2026']) expect(copy).not.toContain(gone);
    expect(copy).toMatch(/Client: [A-Z]{6}, [A-Z]{5} \d\d\/\d\d\/\d{4}/);
  });

  it('a stand-in keeps its value\'s shape: letters, digits, date formats and intervals', () => {
    const s = new Synthesiser(seeded(11));
    expect(s.scramble('Avery Sample-Jones 1000101')).toMatch(/^[A-Z][a-z]{4} [A-Z][a-z]{5}-[A-Z][a-z]{4} \d{7}$/);
    expect(s.scramble('Avery')).toBe(s.scramble('Avery')); // one stand-in per value in a snapshot
    expect(shiftDate('112326', 9)).toBe('120226');
    expect(shiftDate('20261123', 9)).toBe('20261202');
    expect(shiftDate('2/28/2028', 1)).toBe('2/29/2028');
    expect(shiftDate('13/45/99', 1)).toBeUndefined();
    const [a, b] = [s.date('11/01/2026'), s.date('11/11/2026')];
    expect((Date.parse(b) - Date.parse(a)) / 864e5).toBe(10);
  });
});
