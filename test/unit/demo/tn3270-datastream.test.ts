/**
 * The demo TN3270 host's data stream: buffer addresses as a 3270 codes them, Erase/Write with
 * its orders, and the Read Modified reply an emulator sends on Enter. (The host itself is
 * exercised with Debian's s3270 in test/e2e/s3270.spec.ts and scripts/capture-s3270-fixtures.ts.)
 */
import { describe, expect, it } from 'vitest';
import { AID, addressOf, ascii, decodeAddress, ebcdic, encodeAddress, eraseWrite, parseInbound } from '../../../demo/tn3270/datastream';

describe('3270 data stream', () => {
  it('codes 12-bit buffer addresses and reads them back (also 14-bit ones)', () => {
    expect(encodeAddress(1, 1)).toEqual([0x40, 0x40]);
    expect(encodeAddress(24, 80)).toEqual([0x5d, 0x7f]); // address 1919
    for (const [r, c] of [[1, 1], [3, 11], [22, 11], [24, 80]] as const) expect(decodeAddress(...encodeAddress(r, c))).toBe(addressOf(r, c));
    expect(decodeAddress(0x07, 0x7f)).toBe(1919);
  });

  it('EBCDIC both ways for what the screens print', () => {
    expect(ebcdic('CASE 1000103, A/B-C')).toEqual([0xc3, 0xc1, 0xe2, 0xc5, 0x40, 0xf1, 0xf0, 0xf0, 0xf0, 0xf1, 0xf0, 0xf3, 0x6b, 0x40, 0xc1, 0x61, 0xc2, 0x60, 0xc3]);
    expect(ascii(ebcdic('MOCKLEY, DAKOTA 11/23/26'))).toBe('MOCKLEY, DAKOTA 11/23/26');
  });

  it('Erase/Write: protected text in fields of its own, the input field after it, the cursor in the input', () => {
    const bytes = eraseWrite({ text: [[1, 2, 'AB']], fields: [{ row: 22, col: 11, length: 3, name: 'case' }] });
    expect(bytes.slice(0, 2)).toEqual([0xf5, 0xc3]);
    expect(bytes.slice(2, 9)).toEqual([0x11, 0x40, 0x40, 0x1d, 0xe8, 0xc1, 0xc2]); // SBA 1,1; SF protected+intensified; "AB"
    expect(bytes.slice(-4)).toEqual([0x11, ...encodeAddress(22, 11), 0x13]);
  });

  it("reads the AID and the operator's fields from a Read Modified reply", () => {
    const reply = [AID.ENTER, ...encodeAddress(22, 18), 0x11, ...encodeAddress(22, 11), ...ebcdic('1000103')];
    const inbound = parseInbound(reply);
    expect(inbound.aid).toBe(AID.ENTER);
    expect([...inbound.fields]).toEqual([[addressOf(22, 11), '1000103']]);
  });
});
