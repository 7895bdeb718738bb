/**
 * Sources for facts written by hand (a rule's examples, tests): every value present counts as
 * seen on a screen, and the paths named as shown blank (or, in tests, keys present with the
 * value `undefined`) as blank; anything else was never seen. So an example says exactly what
 * a screen showed, as a real read would.
 */
import type { FactSource, FactState } from './provenance';

export function exampleSource(state: FactState): FactSource {
  return { origin: '', url: '', profileId: 'example', system: 'EXAMPLE', screen: 'EXAMPLE', title: 'Example', state, at: '' };
}

export function sourcesFor(facts: object, shownBlank: readonly string[] = [], prefix = ''): Record<string, FactSource> {
  const out: Record<string, FactSource> = {};
  for (const [key, value] of Object.entries(facts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) out[path] = exampleSource('blank');
    else if (Array.isArray(value)) {
      out[path] = exampleSource('seen');
      for (const row of value) {
        if (row && typeof row === 'object') for (const col of Object.keys(row)) out[`${path}[].${col}`] = exampleSource('seen');
      }
    } else if (value !== null && typeof value === 'object') Object.assign(out, sourcesFor(value, [], path));
    else out[path] = exampleSource('seen');
  }
  for (const path of shownBlank) out[path] = exampleSource('blank');
  return out;
}
