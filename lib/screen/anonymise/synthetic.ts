/**
 * Synthetic stand-ins for what a screen shows, for a screen saved as a test: the same shape
 * (length, letter case, digits where digits were, a date in the same format) so the profile
 * reads the snapshot as it read the screen, but nothing of the person. One `Synthesiser` per
 * snapshot gives one stand-in per value, so a name in the header and in a list stays the same
 * made-up name. No zod or date library: the content script runs it.
 */
export type Random = () => number;

const UPPER = 'BCDFGHJKLMNPRSTVWZ';
const VOWELS = 'AEIOU';

/** A date in the shapes screens print (MMDDYY, CCYYMMDD, M/D/YY, MM-DD-YYYY, YYYY-MM-DD), with its parts' widths. */
const SHAPES: Array<{ re: RegExp; order: 'mdy' | 'ymd' }> = [
  { re: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/, order: 'mdy' },
  { re: /^(\d{4})(-)(\d{2})-(\d{2})$/, order: 'ymd' },
  { re: /^((?:19|20)\d{2})()(\d{2})(\d{2})$/, order: 'ymd' },
  { re: /^(\d{2})()(\d{2})(\d{2})$/, order: 'mdy' },
];

const pad = (n: number, width: number) => String(n).padStart(width, '0').slice(-width);

/** Moves a date `days` days on, written exactly as `raw` was (widths, separators); undefined if `raw` is no date. */
export function shiftDate(raw: string, days: number): string | undefined {
  for (const { re, order } of SHAPES) {
    const m = re.exec(raw);
    if (!m) continue;
    const [, a, sep, b, c] = m as unknown as [string, string, string, string, string];
    const [y, mo, d] = order === 'ymd' ? [a, b, c] : [c, a, b];
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const when = new Date(Date.UTC(year, Number(mo) - 1, Number(d)));
    if (when.getUTCMonth() !== Number(mo) - 1 || when.getUTCDate() !== Number(d)) return undefined; // 13/45/99 and 000000 stay as they are
    when.setUTCDate(when.getUTCDate() + days);
    const yy = y.length === 2 ? pad(when.getUTCFullYear() % 100, 2) : pad(when.getUTCFullYear(), 4);
    const mm = pad(when.getUTCMonth() + 1, Math.max(mo.length, String(when.getUTCMonth() + 1).length));
    const dd = pad(when.getUTCDate(), Math.max(d.length, String(when.getUTCDate()).length));
    return order === 'ymd' ? `${yy}${sep}${mm}${sep}${dd}` : `${mm}${sep}${dd}${sep}${yy}`;
  }
  return undefined;
}

export class Synthesiser {
  private readonly made = new Map<string, string>();
  /** One shift for every date of the snapshot, so intervals between dates stay as they were. */
  readonly dayShift: number;

  constructor(private readonly random: Random) {
    this.dayShift = 20 + Math.floor(random() * 300);
  }

  private letter(upper: boolean, vowel: boolean): string {
    const set = vowel ? VOWELS : UPPER;
    const c = set[Math.floor(this.random() * set.length)]!;
    return upper ? c : c.toLowerCase();
  }

  /** Letters for letters (case and vowels kept), digits for digits, everything else as it was. */
  scramble(raw: string): string {
    const known = this.made.get(`s:${raw}`);
    if (known !== undefined) return known;
    const out = this.fresh(raw);
    this.made.set(`s:${raw}`, out);
    return out;
  }

  private fresh(raw: string): string {
    let out = '';
    for (const ch of raw) {
      if (/[0-9]/.test(ch)) out += String(Math.floor(this.random() * 10));
      else if (/[A-Za-z]/.test(ch)) out += this.letter(ch === ch.toUpperCase(), VOWELS.includes(ch.toUpperCase()));
      else out += ch;
    }
    return out;
  }

  /**
   * A date moved by the snapshot's shift, in its own format. A blank or zero date stays; a value
   * that is no date (an unreadable "13/45/99") gets a stand-in that is no date either, so the
   * test still expects it unreadable.
   */
  date(raw: string): string {
    const trimmed = raw.trim();
    const shifted = shiftDate(trimmed, this.dayShift);
    if (shifted !== undefined && shifted.length === trimmed.length) return raw.replace(trimmed, shifted);
    if (/^[\s0/._-]*$/.test(raw)) return raw;
    const known = this.made.get(`d:${raw}`);
    if (known !== undefined) return known;
    let made = this.fresh(raw);
    for (let i = 0; i < 20 && shiftDate(made.trim(), 0) !== undefined; i++) made = this.fresh(raw);
    this.made.set(`d:${raw}`, made);
    return made;
  }

  /** Every date, run of 3+ digits, "LAST, FIRST" name and e-mail in a stretch of text not read as a value (each once). */
  scrub(text: string): string {
    return text.replace(SCRUB, (m, date: string | undefined, mail: string | undefined) => (date ? this.date(m) : mail ? this.scramble(m) : this.scramble(m)));
  }
}

/** Dates first (so a year is not taken for a number), then e-mails, digit runs and "LAST, FIRST" names. */
const SCRUB = /\b(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}\b)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|\d{3,}|\b[A-Z][A-Za-z'-]+, [A-Z][A-Za-z'-]+\b/g;

/** A random source from the browser's crypto (content script), or any for tests. */
export function cryptoRandom(): Random {
  return () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}
