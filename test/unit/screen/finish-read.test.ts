/**
 * The read's two halves meet at a trust boundary: the page's frame sends only raw text
 * (extract.ts), and the background accepts it only when it has the shape of the profile it names
 * (fitsProfile) and parses it itself with its own copy of that profile (finishRead). A page's
 * renderer can say what text a screen shows; it can never hand over parsed values.
 */
import { describe, expect, it } from 'vitest';
import { builtInKnowledge } from '../../../lib/knowledge';
import { extractScreen, type RawRead } from '../../../lib/screen/extract';
import { finishRead, fitsProfile, readScreen } from '../../../lib/screen/read-screen';
import { RawReadSchema } from '../../../lib/message-schemas';
import { fixtureFiles, loadFixture } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const opts = { url: 'http://legacy.example/screen', referenceYear: 2026 };
const screens = fixtureFiles().filter((f) => f.folder !== '_none');

function rawOf(fixture: string): { raw: RawRead; profile: (typeof profiles)[number] } {
  const ex = extractScreen(loadFixture(fixture), profiles, opts.url);
  return { raw: structuredClone(ex.raw!), profile: ex.profile! };
}

describe('a raw read finished by the background', () => {
  it.each(screens.map((f) => [`${f.folder}/${f.name}`, f] as const))('%s: the raw read passes the message schema, fits its profile and finishes to the same read as reading the page', (_, file) => {
    const doc = loadFixture(file);
    const ex = extractScreen(doc, profiles, opts.url);
    const sent = JSON.parse(JSON.stringify(ex.raw)) as RawRead; // what crosses the message channel
    expect(RawReadSchema.safeParse(sent).success).toBe(true);
    expect(fitsProfile(sent, ex.profile!)).toBe(true);
    expect(finishRead(ex.profile!, sent, opts)).toEqual(readScreen(doc, profiles, opts).read);
  });

  it('refuses a read that names another profile, or lacks a field, or has a list row of the wrong width', () => {
    const { raw, profile } = rawOf('or-tracs-case-summary/1000101.html');
    expect(fitsProfile(raw, profile)).toBe(true);
    const other = profiles.find((p) => p.id !== profile.id && p.fields.length === profile.fields.length) ?? profiles.find((p) => p.id !== profile.id)!;
    expect(fitsProfile(raw, other)).toBe(false);
    expect(fitsProfile({ ...raw, fields: raw.fields.slice(1) }, profile)).toBe(false);
    const l = profile.lists.findIndex((list) => list.columns.length > 1);
    expect(l).toBeGreaterThanOrEqual(0);
    const lists = raw.lists.map((rows, i) => (i === l ? [...rows, ['only one cell']] : rows));
    expect(fitsProfile({ ...raw, lists }, profile)).toBe(false);
  });

  it('parses what the page sent itself: a forged birth date the profile cannot read is reported unreadable, never taken as a value', () => {
    const { raw, profile } = rawOf('or-tracs-case-summary/1000101.html');
    const l = profile.lists.findIndex((list) => list.columns.some((c) => c.parse.type === 'date'));
    const c = profile.lists[l]!.columns.findIndex((col) => col.parse.type === 'date');
    raw.lists[l]![0]![c] = '2026-99-99T00:00:00Z; DROP TABLE';
    const read = finishRead(profile, raw, opts);
    const cell = read.lists[l]!.rows[0]![c]!;
    expect(cell.status).toBe('unreadable');
    expect(cell.value).toBeUndefined();
    expect(read.problems.map((p) => p.key)).toContain(cell.key);
  });
});
