/** The read's hash changes exactly when what the background would learn from it changes. */
import { describe, expect, it } from 'vitest';
import { hashRead } from '../../../lib/screen/read-hash';
import { markUnsaved, readScreen } from '../../../lib/screen/read-screen';
import { builtInKnowledge } from '../../../lib/knowledge';
import { loadFixture } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const opts = { url: 'http://legacy.example/screen', referenceYear: 2026 };

describe('hashRead', () => {
  it('the same screen read twice hashes the same; a changed value, another screen or a typed value does not', () => {
    const doc = loadFixture('or-tracs-case-plan/1000101.html');
    const first = readScreen(doc, profiles, opts);
    const again = readScreen(doc, profiles, opts);
    expect(hashRead(again.read)).toBe(hashRead(first.read));
    expect(Number.isSafeInteger(hashRead(first.read))).toBe(true);

    const flag = doc.querySelector<HTMLInputElement>('input[name=CMFLAG]')!;
    flag.value = flag.value === 'Y' ? 'N' : 'Y';
    const changed = readScreen(doc, profiles, opts);
    expect(hashRead(changed.read)).not.toBe(hashRead(first.read));

    markUnsaved(changed, (el) => (el === flag ? 'worker' : undefined));
    const typed = hashRead(changed.read);
    expect(typed).not.toBe(hashRead(readScreen(doc, profiles, opts).read));

    const other = readScreen(loadFixture('or-tracs-case-summary/1000101.html'), profiles, opts);
    expect(hashRead(other.read)).not.toBe(hashRead(first.read));
    expect(hashRead(null)).not.toBe(hashRead(first.read));
  });

  it('a 1000-row list changed in one cell hashes differently', () => {
    const rows = (n: number, odd = -1) =>
      Array.from({ length: n }, (_, i) => `<tr><td>10/01/2026</td><td>Title ${i === odd ? 'x' : i}</td><td>Note</td></tr>`).join('');
    const page = (body: string) => new DOMParser().parseFromString(`<div class="cms"><h2>Client Notes (CLNO)</h2><table class="grid"><tbody>${body}</tbody></table></div>`, 'text/html');
    const a = readScreen(page(rows(1000)), profiles, opts).read;
    const b = readScreen(page(rows(1000, 500)), profiles, opts).read;
    expect(a?.lists[0]?.rows).toHaveLength(1000);
    expect(hashRead(a)).not.toBe(hashRead(b));
  });
});
