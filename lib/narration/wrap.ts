/**
 * Fits text to a legacy input area: N lines of W characters, maybe upper case only, maybe a
 * limited character set (3270 fields reject or garble the rest). Nothing is ever dropped: text
 * that does not fit is still returned (past `limit`) and reported, so the worker decides what
 * to cut. Positions refer to the text passed in, so the editor can underline them.
 */
export interface FitTarget {
  lineWidth: number;
  lineCount: number;
  upperCase?: boolean;
  /** Accepted characters as a regular-expression character-class body, e.g. "A-Z0-9 .,-". */
  allowed?: string;
}

export interface BadChar {
  char: string;
  /** Index in the input text (UTF-16, as String.prototype.slice counts). */
  index: number;
  /** Zero-based line and column (in characters) in the fitted lines. */
  line: number;
  column: number;
}

export interface FitResult {
  /** Every line, including any past the target's lineCount. */
  lines: string[];
  text: string;
  fits: boolean;
  overflow?: { lines: number; limit: number; /** input index of the first character that does not fit */ start: number };
  /** Characters the target does not accept and that have no plain substitute. */
  badChars: BadChar[];
  /** Characters replaced by an accepted equivalent (’ → ', – → -, é → E). */
  replaced: Array<{ index: number; from: string; to: string }>;
  /** Paragraph-break blank lines left out because the text needed the room. */
  droppedBlankLines: number;
}

interface Ch {
  c: string;
  src: number;
}

/** Typographic characters a word processor or a browser puts in, and their plain forms. */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '*', '\u00B7': '*', '\u00BD': '1/2', '\u00BC': '1/4', '\u00BE': '3/4',
};

function plainOf(ch: string): string | undefined {
  if (PLAIN[ch]) return PLAIN[ch];
  // Letters with accents lose them (José → Jose); ligatures split (ﬁ → fi).
  const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded && folded !== ch && /^[\x20-\x7e]+$/.test(folded) ? folded : undefined;
}

function classTest(allowed: string | undefined): ((s: string) => boolean) | undefined {
  if (!allowed) return undefined;
  try {
    const re = new RegExp(`^[${allowed}]$`);
    return (s) => [...s].every((c) => re.test(c));
  } catch {
    return undefined; // a broken class in a profile is the profile checks' business; do not block text on it
  }
}

/** Turns the text into characters with their source index: upper case, plain substitutes, one kind of space. */
function prepare(text: string, target: FitTarget, replaced: FitResult['replaced'], bad: Array<{ char: string; src: number }>): Ch[] {
  const ok = classTest(target.allowed);
  const up = (s: string) => (target.upperCase ? s.toUpperCase() : s);
  const out: Ch[] = [];
  let i = 0;
  for (const ch of text) {
    const src = i;
    i += ch.length;
    if (ch === '\r') {
      if (text[i] !== '\n') out.push({ c: '\n', src });
      continue;
    }
    if (ch === '\n') out.push({ c: '\n', src });
    else if (/\s/u.test(ch)) out.push({ c: ' ', src });
    else {
      let s = up(ch);
      if (ok && !ok(s)) {
        const plain = plainOf(ch);
        if (plain !== undefined && ok(up(plain))) {
          s = up(plain);
          replaced.push({ index: src, from: ch, to: s });
        } else bad.push({ char: ch, src });
      }
      for (const c of s) out.push({ c, src });
    }
  }
  return out;
}

/** Greedy word wrap of one hard line; words longer than the width are cut at the width. */
function wrapLine(chars: Ch[], width: number): Ch[][] {
  const words: Ch[][] = [];
  let word: Ch[] = [];
  for (const ch of chars) {
    if (ch.c === ' ') {
      if (word.length) words.push(word);
      word = [];
    } else word.push(ch);
  }
  if (word.length) words.push(word);
  const lines: Ch[][] = [];
  let cur: Ch[] = [];
  for (let w of words) {
    if (cur.length && cur.length + 1 + w.length <= width) {
      cur.push({ c: ' ', src: w[0]!.src - 1 }, ...w);
      continue;
    }
    if (cur.length) lines.push(cur);
    while (w.length > width) {
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    cur = w;
  }
  if (cur.length) lines.push(cur);
  return lines;
}

export function fitText(text: string, target: FitTarget): FitResult {
  const replaced: FitResult['replaced'] = [];
  const bad: Array<{ char: string; src: number }> = [];
  const chars = prepare(text, target, replaced, bad);

  // Hard lines; blank ones become a single paragraph break between paragraphs.
  const hard: Ch[][] = [[]];
  for (const ch of chars) {
    if (ch.c === '\n') hard.push([]);
    else hard[hard.length - 1]!.push(ch);
  }
  const out: Array<Ch[] | 'blank'> = [];
  for (const line of hard) {
    const wrapped = wrapLine(line, target.lineWidth);
    if (!wrapped.length) {
      if (out.length && out[out.length - 1] !== 'blank') out.push('blank');
      continue;
    }
    out.push(...wrapped);
  }
  while (out[out.length - 1] === 'blank') out.pop();

  const blanks = out.filter((l) => l === 'blank').length;
  // Blank lines only when there is room for them: text always comes first.
  const keepBlanks = out.length <= target.lineCount;
  const lines: Ch[][] = out.flatMap((l) => (l === 'blank' ? (keepBlanks ? [[]] : []) : [l]));

  const where = new Map<number, { line: number; column: number }>();
  lines.forEach((l, line) => l.forEach((ch, column) => where.has(ch.src) || where.set(ch.src, { line, column })));
  const strings = lines.map((l) => l.map((ch) => ch.c).join(''));
  const fits = lines.length <= target.lineCount;
  const firstOver = lines.slice(target.lineCount).find((l) => l.length)?.[0];
  return {
    lines: strings,
    text: strings.join('\n'),
    fits,
    ...(fits ? {} : { overflow: { lines: lines.length, limit: target.lineCount, start: firstOver?.src ?? text.length } }),
    badChars: bad.map((b) => ({ char: b.char, index: b.src, ...(where.get(b.src) ?? { line: -1, column: -1 }) })),
    replaced,
    droppedBlankLines: keepBlanks ? 0 : blanks,
  };
}

/** Length in characters as a legacy field counts them (code points, not UTF-16 units). */
export const charLength = (s: string): number => [...s].length;
