/** The template schema rejects broken templates with a message instead of half-working. */
import { describe, expect, it } from 'vitest';
import { NarrationTemplateSchema, type NarrationTemplateInput } from '../../../lib/narration/template-schema';

const base: NarrationTemplateInput = {
  schemaVersion: 1,
  id: 'tiny-note',
  title: 'Tiny note',
  jurisdiction: 'AK',
  target: { kind: 'cano' },
  citation: { policy: '003', section: 'All staff §13 Case Notes' },
  fields: [
    { key: 'note', label: 'Note', kind: 'text', required: true },
    { key: 'extra', label: 'Extra', kind: 'text' },
    { key: 'day', label: 'Day', kind: 'date' },
  ],
  sections: [{ text: 'Note: {{note}}' }, { text: 'Extra: {{extra}}', when: { field: 'extra' } }],
  example: { note: 'x' },
};

const problems = (over: Partial<NarrationTemplateInput>) => {
  const r = NarrationTemplateSchema.safeParse({ ...base, ...over });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('narration template schema', () => {
  it('accepts a small valid template', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['an unknown placeholder', { sections: [{ text: '{{nope}}' }] }, 'unknown field "nope"'],
    ['stray braces', { sections: [{ text: 'Note {{ note }}' }] }, 'braces that are not a {{field}} placeholder'],
    ['an optional field shown without a guard', { sections: [{ text: 'Extra: {{extra}}' }] }, 'optional field "extra" needs a "when"'],
    ['a guard that does not guarantee a value', { sections: [{ text: '{{extra}}', when: { field: 'extra', filled: false } }] }, 'optional field "extra"'],
    ['a condition on an unknown field', { sections: [{ text: 'x', when: { field: 'ghost' } }] }, 'unknown field "ghost"'],
    ['a required heading no section has', { requiredHeadings: ['Result'] }, 'required heading "Result"'],
    ['an example for an unknown field', { example: { ghost: 1 } }, 'example: unknown field "ghost"'],
    ['a CLNO without a title', { target: { kind: 'clno' } }, 'clno targets need a title'],
    ['a title on a non-CLNO target', { target: { kind: 'cano', title: 'x' } }, 'clno targets need a title'],
    ['a bad id', { id: 'Tiny_Note' }, 'must be kebab-case'],
    ['a choice without options', { fields: [{ key: 'note', label: 'Note', kind: 'choice', required: true }] }, 'choice fields need options'],
    ['options on a text field', { fields: [{ key: 'note', label: 'Note', kind: 'text', required: true, options: [{ value: 'a', label: 'A' }] }] }, 'choice fields need options'],
    ['duplicate keys', { fields: [{ key: 'note', label: 'A', kind: 'text', required: true }, { key: 'note', label: 'B', kind: 'text' }] }, 'field keys must be unique'],
    ['two operators in one condition', { sections: [{ text: 'x', when: { field: 'note', equals: 'a', filled: true } }] }, 'at most one operator'],
    ['no citation', { citation: undefined }, ''],
  ] as Array<[string, Partial<NarrationTemplateInput>, string]>)('rejects %s', (_, over, message) => {
    const found = problems(over);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
  });

  it('rejects a computed date from a later or non-date field', () => {
    const later = [
      { key: 'note', label: 'Note', kind: 'date', required: true, default: { compute: { from: 'day', days: 1 } } },
      { key: 'day', label: 'Day', kind: 'date' },
    ] as NarrationTemplateInput['fields'];
    expect(problems({ fields: later, sections: [{ text: '{{note}}' }], example: {} }).join()).toContain('compute.from must be "today" or an earlier date field');
  });

  it('accepts an optional field guarded by the same condition that makes it required', () => {
    const cond = { field: 'note', equals: 'yes' };
    const fields = [
      { key: 'note', label: 'Note', kind: 'text', required: true },
      { key: 'extra', label: 'Extra', kind: 'text', requiredWhen: cond },
    ] as NarrationTemplateInput['fields'];
    expect(problems({ fields, sections: [{ text: '{{extra}}', when: cond }], example: {} })).toEqual([]);
  });
});
