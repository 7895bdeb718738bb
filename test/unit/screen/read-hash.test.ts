/** The read's hash changes exactly when what the background would learn from it changes. */
import { describe, expect, it } from 'vitest';
import { hashRead } from '../../../lib/screen/read-hash';
import { extractScreen, markUnsaved } from '../../../lib/screen/extract';
import { builtInKnowledge } from '../../../lib/knowledge';
import { loadFixture } from '../helpers/dom';

const { profiles } = builtInKnowledge();
const url = 'http://legacy.example/screen';

describe('hashRead', () => {
  it('the same screen read twice hashes the same; a changed value, another screen or a typed value does not', () => {
    const doc = loadFixture('or-tracs-case-plan/1000101.html');
    const first = extractScreen(doc, profiles, url);
    const again = extractScreen(doc, profiles, url);
    expect(hashRead(again.raw)).toBe(hashRead(first.raw));
    expect(Number.isSafeInteger(hashRead(first.raw))).toBe(true);

    const flag = doc.querySelector<HTMLInputElement>('input[name=CMFLAG]')!;
    flag.value = flag.value === 'Y' ? 'N' : 'Y';
    const changed = extractScreen(doc, profiles, url);
    expect(hashRead(changed.raw)).not.toBe(hashRead(first.raw));

    markUnsaved(changed, (el: Element) => (el === flag ? 'worker' : undefined));
    expect(hashRead(changed.raw)).not.toBe(hashRead(extractScreen(doc, profiles, url).raw));

    const other = extractScreen(loadFixture('or-tracs-case-summary/1000101.html'), profiles, url);
    expect(hashRead(other.raw)).not.toBe(hashRead(first.raw));
    expect(hashRead(null)).not.toBe(hashRead(first.raw));
  });

  it('a 1000-row list changed in one cell hashes differently', () => {
    const rows = (n: number, odd = -1) =>
      Array.from({ length: n }, (_, i) => `<tr><td>10/01/2026</td><td>Title ${i === odd ? 'x' : i}</td><td>Note</td></tr>`).join('');
    const page = (body: string) => new DOMParser().parseFromString(`<div class="cms"><h2>Client Notes (CLNO)</h2><table class="grid"><tbody>${body}</tbody></table></div>`, 'text/html');
    const a = extractScreen(page(rows(1000)), profiles, url).raw;
    const b = extractScreen(page(rows(1000, 500)), profiles, url).raw;
    expect(a?.lists[0]).toHaveLength(1000);
    expect(hashRead(a)).not.toBe(hashRead(b));
  });
});
