/**
 * A 53-bit hash of a screen read (cyrb53, streamed over the read's own strings), so the
 * content script can tell "the screen shows what it showed" without building a JSON string of
 * the read: a 1000-row list is hashed in about a millisecond and allocates nothing. The read
 * is the raw one (extract.ts): everything the background derives from it follows from what is
 * hashed here.
 */
import type { RawRead } from './extract';

class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  str(s: string | undefined): this {
    if (s === undefined) return this.num(-1);
    let { h1, h2 } = this;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this.num(s.length); // a separator: "ab"+"c" differs from "a"+"bc"
  }

  num(n: number): this {
    this.h1 = Math.imul(this.h1 ^ (n | 0), 2246822507);
    this.h2 = Math.imul(this.h2 ^ (n | 0), 3266489909);
    return this;
  }

  digest(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

const UNSAVED = { worker: 1, caselens: 2 } as const;

/** The hash of a raw read (null: no screen recognised), with anything else that should count as a change. */
export function hashRead(read: RawRead | null, extra = ''): number {
  const h = new Hasher().str(extra);
  if (!read) return h.num(0).digest();
  h.str(read.profileId).str(read.url).num(read.narrationFound ?? -2).num(read.problems.length);
  for (const id of read.alsoMatched) h.str(id);
  h.num(read.fields.length);
  for (const f of read.fields) h.str(f.raw).num(f.via ?? -1).num(f.unsaved ? UNSAVED[f.unsaved] : 0);
  for (const rows of read.lists) {
    h.num(rows.length);
    for (const row of rows) for (const cell of row) h.str(cell ?? undefined);
  }
  for (const [at, by] of Object.entries(read.unsavedCells ?? {})) h.str(at).num(UNSAVED[by]);
  return h.digest();
}
