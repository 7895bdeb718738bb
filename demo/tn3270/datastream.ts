/**
 * Just enough of the 3270 data stream for the demo host: EBCDIC (code page 037) for the
 * characters screens use, 12-bit buffer addresses, Erase/Write with Set Buffer Address, Start
 * Field and Insert Cursor orders, and the inbound Read Modified reply (AID, cursor, the fields
 * the operator changed). IBM's 3270 Data Stream Programmer's Reference (GA23-0059) has the rest.
 */

/** 6-bit values as a 3270 encodes them in addresses and field attributes. */
const CODE = [
  0x40, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e, 0x4f,
  0x50, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
  0x60, 0x61, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
  0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
];

/** ASCII to EBCDIC (CP037) for what the demo screens print; anything else becomes a blank. */
const TO_EBCDIC: Record<string, number> = { ' ': 0x40, '.': 0x4b, '<': 0x4c, '(': 0x4d, '+': 0x4e, '&': 0x50, '!': 0x5a, '$': 0x5b, '*': 0x5c, ')': 0x5d, ';': 0x5e, '-': 0x60, '/': 0x61, ',': 0x6b, '%': 0x6c, '_': 0x6d, '>': 0x6e, '?': 0x6f, ':': 0x7a, '#': 0x7b, '@': 0x7c, "'": 0x7d, '=': 0x7e, '"': 0x7f };
for (let i = 0; i < 9; i++) {
  TO_EBCDIC[String.fromCharCode(65 + i)] = 0xc1 + i; // A-I
  TO_EBCDIC[String.fromCharCode(74 + i)] = 0xd1 + i; // J-R
  TO_EBCDIC[String.fromCharCode(97 + i)] = 0x81 + i; // a-i
  TO_EBCDIC[String.fromCharCode(106 + i)] = 0x91 + i; // j-r
}
for (let i = 0; i < 8; i++) {
  TO_EBCDIC[String.fromCharCode(83 + i)] = 0xe2 + i; // S-Z
  TO_EBCDIC[String.fromCharCode(115 + i)] = 0xa2 + i; // s-z
}
for (let i = 0; i < 10; i++) TO_EBCDIC[String(i)] = 0xf0 + i;
const FROM_EBCDIC = new Map(Object.entries(TO_EBCDIC).map(([ch, b]) => [b, ch]));

export const ROWS = 24;
export const COLS = 80;

export const CMD_ERASE_WRITE = 0xf5;
const WCC_RESTORE_KEYBOARD_RESET_MDT = 0xc3;
const ORDER_SBA = 0x11;
const ORDER_SF = 0x1d;
const ORDER_IC = 0x13;

/** Field attributes (before encoding): protected, intensified display. */
export const PROTECTED = 0x20;
export const INTENSIFIED = 0x08;

export const ebcdic = (text: string): number[] => [...text].map((c) => TO_EBCDIC[c] ?? 0x40);
export const ascii = (bytes: readonly number[]): string => bytes.map((b) => FROM_EBCDIC.get(b) ?? ' ').join('');

export function encodeAddress(row: number, col: number): [number, number] {
  const addr = (row - 1) * COLS + (col - 1);
  return [CODE[addr >> 6]!, CODE[addr & 0x3f]!];
}

export function decodeAddress(b1: number, b2: number): number {
  // 14-bit addressing sets the two high bits of the first byte to 00; 12-bit uses the code table.
  if ((b1 & 0xc0) === 0) return ((b1 & 0x3f) << 8) | b2;
  return ((b1 & 0x3f) << 6) | (b2 & 0x3f);
}

export interface ScreenField {
  /** Where the field's first character is (its attribute byte sits just before it). */
  row: number;
  col: number;
  length: number;
  name: string;
  value?: string;
}

export interface Screen {
  /** Protected text: [row, col, text]. */
  text: Array<[number, number, string]>;
  fields: ScreenField[];
}

/** Erase/Write of a whole screen: protected text in fields of its own, input fields after them, cursor in the first input. */
export function eraseWrite(screen: Screen): number[] {
  const out: number[] = [CMD_ERASE_WRITE, WCC_RESTORE_KEYBOARD_RESET_MDT];
  for (const [row, col, text] of screen.text) {
    // The attribute byte takes the column before the text (col 1 text puts it at the end of the previous row).
    const [r, c] = col > 1 ? [row, col - 1] : row > 1 ? [row - 1, COLS] : [ROWS, COLS];
    out.push(ORDER_SBA, ...encodeAddress(r, c), ORDER_SF, CODE[PROTECTED | (row === 1 ? INTENSIFIED : 0)]!, ...ebcdic(text));
  }
  for (const f of screen.fields) {
    out.push(ORDER_SBA, ...encodeAddress(f.row, f.col - 1), ORDER_SF, CODE[0]!, ...ebcdic((f.value ?? '').padEnd(f.length, ' ').slice(0, f.length)));
    // A protected attribute right after the field ends it (the operator cannot type past it).
    out.push(ORDER_SF, CODE[PROTECTED]!);
  }
  const first = screen.fields[0];
  if (first) out.push(ORDER_SBA, ...encodeAddress(first.row, first.col), ORDER_IC);
  return out;
}

export interface Inbound {
  aid: number;
  /** Field start address -> text the operator typed. */
  fields: Map<number, string>;
}

export const AID = { ENTER: 0x7d, PF3: 0xf3, PF7: 0xf7, PF8: 0xf8, CLEAR: 0x6d } as const;

/** A Read Modified reply: AID, cursor address, then SBA + address + data per modified field. */
export function parseInbound(record: readonly number[]): Inbound {
  const fields = new Map<number, string>();
  const aid = record[0] ?? 0;
  let i = 3;
  while (i < record.length) {
    if (record[i] !== ORDER_SBA) {
      i++;
      continue;
    }
    const addr = decodeAddress(record[i + 1]!, record[i + 2]!);
    let j = i + 3;
    while (j < record.length && record[j] !== ORDER_SBA) j++;
    fields.set(addr, ascii(record.slice(i + 3, j)).replace(/\0/g, '').trim());
    i = j;
  }
  return { aid, fields };
}

export const addressOf = (row: number, col: number) => (row - 1) * COLS + (col - 1);
