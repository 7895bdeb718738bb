/** Whatever a worker types or pastes is plain text: never template syntax, never HTML, never dropped. */
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../lib/narration/render';
import { fitText } from '../../../lib/narration/wrap';
import { findTerms } from '../../../lib/narration/medical-terms';
import { ctxFor, run, template } from './helpers';

const contact = { subject: 'childcare issue', contactDate: '2026-03-03', method: 'phone', successful: true };

describe('hostile input', () => {
  it('template syntax typed by the worker comes out literally', () => {
    const summary = 'Typed {{caseNumber}} and {{summary}} and {{#if successful}}yes{{/if}} and {{ subject }}.';
    const { rendered } = run('ak-contact-clno', { ...contact, summary, subject: '{{subject}} issue' });
    expect(rendered.text).toContain(`Summary: ${summary}`);
    expect(rendered.title).toBe('Contacted regarding {{subject}} issue');
    expect(rendered.text).toContain('regarding {{subject}} issue.');
  });

  it('replacement patterns ($&, $1, $$) are not expanded', () => {
    const { rendered } = run('ak-contact-clno', { ...contact, summary: 'Paid $& then $1 and $$ and $`.' });
    expect(rendered.text).toContain("Summary: Paid $& then $1 and $$ and $`.");
  });

  it('HTML is text: kept as is for a CLNO, refused by a field that does not take < and >', () => {
    const summary = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const clno = run('ak-contact-clno', { ...contact, summary });
    expect(clno.rendered.text).toContain(summary);
    expect(clno.issues).toEqual([]);
    const tracs = run('or-tcm-service', { service: 'case-plan', details: summary });
    expect(tracs.rendered.text).toContain(summary);
    expect(tracs.issues.filter((i) => i.rule === 'character-not-allowed').map((i) => i.id)).toEqual(['character-not-allowed:<', 'character-not-allowed:>']);
  });

  it('very long text is flagged, not cut, and stays fast', () => {
    const long = 'word '.repeat(20_000);
    const started = performance.now();
    const { rendered, issues } = run('or-tcm-service', { service: 'case-plan', details: long });
    const fit = fitText(rendered.text, { lineWidth: 72, lineCount: 12, upperCase: true });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(rendered.text.length).toBeGreaterThan(99_000);
    expect(issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['invalid-value', 'too-many-lines']));
    expect(fit.lines.join(' ').split(' ').filter((w) => w === 'WORD')).toHaveLength(20_000);
  });

  it('unicode: emoji, right-to-left text and zero-width characters are kept and reported where refused', () => {
    const summary = 'Client said 👍 — مرحبا — zero\u200Bwidth.';
    const clno = run('ak-contact-clno', { ...contact, summary });
    expect(clno.rendered.text).toContain(summary);
    expect(clno.issues).toEqual([]);
    const tracs = run('or-tcm-service', { service: 'case-plan', details: summary });
    const refused = tracs.issues.filter((i) => i.rule === 'character-not-allowed');
    expect(refused.map((i) => i.id)).toContain('character-not-allowed:\u200B');
    expect(refused.map((i) => i.id)).toContain('character-not-allowed:👍');
    expect(tracs.issues.find((i) => i.rule === 'character-replaced')?.id).toBe('character-replaced:—');
  });

  it('answers cannot reach the prototype or unknown fields', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "x", "service": "case-plan"}');
    const r = renderTemplate(template('or-tcm-service'), { answers }, ctxFor('OR'));
    expect(r.text).toBe('TANF family coach developed case plan with participant.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.values)).toEqual(['service', 'details']);
  });

  it('a choice answer that is not an option is refused, not inserted', () => {
    const r = renderTemplate(template('ak-cano'), { answers: { type: 'Anything I like', details: 'x' } }, ctxFor('AK'));
    expect(r.invalid.map((i) => i.key)).toEqual(['type']);
    expect(r.text).not.toContain('Anything I like');
  });

  it('medical terms from an agency list are matched literally, not as patterns', () => {
    expect(findTerms('uses C++ and a.b', ['c++', 'a.b', '(x'])).toEqual([
      { term: 'C++', start: 5, end: 8 },
      { term: 'a.b', start: 13, end: 16 },
    ]);
  });
});
