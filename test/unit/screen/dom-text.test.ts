/** The readable text of a page: document order, blocks and cells, controls by value, never scripts or CaseLens's own UI. */
import { describe, expect, it } from 'vitest';
import { OVERLAY_ATTRIBUTE, buildTextIndex, walkReadable } from '../../../lib/screen/dom-text';
import { parseHtml } from '../helpers/dom';

const PAGE = `<body><h1>CASE SUMMARY</h1>
<table><tr><th>Case</th><td>2000201</td></tr><tr><td>Name</td><td><input value="ALVAREZ"><input type="hidden" value="secret"></td></tr></table>
<script>var x = "not text";</script><style>p{}</style><svg><text>drawing</text></svg>
<div ${OVERLAY_ATTRIBUTE}>CaseLens mark</div><p>Last <b>seen</b> 11/02/2026</p></body>`;

describe('walkReadable', () => {
  it('visits text and value controls in document order, entering and leaving each element once', () => {
    const doc = parseHtml(PAGE);
    const events: string[] = [];
    walkReadable(doc.body, (node, entering) => {
      if (node.nodeType === 3) {
        const text = (node as Text).data.trim();
        if (text) events.push(text);
      } else events.push(`${entering ? '<' : '</'}${(node as Element).localName}${'value' in node ? `=${(node as HTMLInputElement).value}` : ''}`);
    });
    expect(events.filter((e) => !e.startsWith('<') || e.includes('=')).filter((e) => !e.startsWith('</'))).toEqual([
      'CASE SUMMARY', 'Case', '2000201', 'Name', '<input=ALVAREZ', 'Last', 'seen', '11/02/2026',
    ]);
    // Every element entered is left, in nesting order; controls are entered only.
    const stack: string[] = [];
    for (const e of events) {
      if (e.startsWith('</')) expect(stack.pop()).toBe(e.slice(2));
      else if (e.startsWith('<') && !e.includes('=')) stack.push(e.slice(1));
    }
    expect(stack).toEqual([]);
    expect(events.join(' ')).not.toMatch(/not text|drawing|CaseLens mark|secret|<script|<style|<svg/);
  });

  it('walks a single text node or a control given as the root', () => {
    const doc = parseHtml('<p>only</p><input value="V">');
    const seen: string[] = [];
    walkReadable(doc.querySelector('p')!.firstChild!, (n) => seen.push((n as Text).data));
    walkReadable(doc.querySelector('input')!, (n) => seen.push((n as HTMLInputElement).value));
    expect(seen).toEqual(['only', 'V']);
  });

  it('walks a deeply nested page without running out of stack', () => {
    const doc = parseHtml('<div id="top"></div>');
    let at: Element = doc.getElementById('top')!;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(doc.createElement('span'));
    at.textContent = 'deep value';
    expect(buildTextIndex(doc.body).text).toContain('deep value');
  });
});

describe('buildTextIndex', () => {
  it('puts blocks on lines and cells apart by tabs, with each text mapped back to its node', () => {
    const index = buildTextIndex(parseHtml(PAGE).body);
    expect(index.text).toContain('CASE SUMMARY\n');
    expect(index.text).toContain('Case\t2000201\t');
    expect(index.text).toContain(' ALVAREZ ');
    expect(index.text).not.toContain('secret');
    const seg = index.segments.find((s) => index.text.slice(s.start, s.end) === '2000201');
    expect(seg?.node.nodeType).toBe(3);
  });
});
