import { describe, expect, it } from 'vitest';
import { mergeImported, parseProfileFile, profileFile } from '../../../lib/config/profile-file';
import { builtInKnowledge } from '../../../lib/knowledge';

const [sample] = builtInKnowledge().profiles;
const copy = (over: object) => ({ ...structuredClone(sample!), id: 'agency-screen', ...over });

describe('profile files', () => {
  it('round-trips the export format', () => {
    const result = parseProfileFile(profileFile([copy({})]));
    expect(result).toEqual({ ok: true, profiles: [copy({})] });
  });

  it('accepts a bare profile or a list', () => {
    expect(parseProfileFile(JSON.stringify(copy({}))).ok).toBe(true);
    expect(parseProfileFile(JSON.stringify([copy({}), copy({ id: 'other-screen' })])).ok).toBe(true);
  });

  it('rejects broken JSON with the parser\'s reason', () => {
    const r = parseProfileFile('{"kind": "caselens-screen-profiles", "profiles": [', 'agency.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^agency\.json is not valid JSON: /);
  });

  it('names the profile and the path of the problem, and takes nothing from a file with one bad profile', () => {
    const bad = copy({ id: 'bad-screen', fields: [{ ...sample!.fields[0]!, fact: 'casePlan.nonsense' }] });
    const r = parseProfileFile(JSON.stringify([copy({}), bad]), 'agency.json');
    expect(r).toEqual({ ok: false, error: 'agency.json was not imported. Screen profile "bad-screen": field "case-number": "casePlan.nonsense" is not a case fact' });
    const wrongType = parseProfileFile(JSON.stringify(copy({ fields: [{ ...sample!.fields[0]!, parse: { type: 'date' } }] })), 'x.json');
    expect(!wrongType.ok && wrongType.error).toMatch(/fields\.\[0\]\.parse\.formats|fields\[0\]\.parse\.formats/);
  });

  it('rejects a newer or unknown schema version instead of half-understanding it', () => {
    const r = parseProfileFile(JSON.stringify(copy({ schemaVersion: 3 })), 'new.json');
    expect(!r.ok && r.error).toMatch(/schemaVersion/);
  });

  it('rejects files that are something else', () => {
    expect(parseProfileFile('{"hello": 1}', 'notes.json')).toEqual({ ok: false, error: 'notes.json is not a CaseLens screen-profile file (expected "kind": "caselens-screen-profiles")' });
    expect(parseProfileFile('[]', 'empty.json')).toEqual({ ok: false, error: 'empty.json contains no profiles' });
  });

  it('replaces an imported profile with the same id', () => {
    const merged = mergeImported([copy({ title: 'Old' })], [copy({ title: 'New' })]);
    expect(merged.map((p) => p.title)).toEqual(['New']);
  });
});
