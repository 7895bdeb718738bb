/** Match patterns as Chrome reads them: CaseLens decides by these which pages are the agency's. */
import { describe, expect, it } from 'vitest';
import { originOf, parsePattern, patternMatches } from '../../../lib/origins/match-pattern';

describe('patternMatches', () => {
  it('matches the host and any port when the pattern names none', () => {
    expect(patternMatches('https://tracs.example.gov/*', 'https://tracs.example.gov/screen?x=1')).toBe(true);
    expect(patternMatches('https://tracs.example.gov/*', 'https://tracs.example.gov:8443/screen')).toBe(true);
    expect(patternMatches('https://tracs.example.gov/*', 'http://tracs.example.gov/screen')).toBe(false);
    expect(patternMatches('https://tracs.example.gov/*', 'https://evil.example.gov/screen')).toBe(false);
  });

  it('matches one port only when the pattern names it: a look-alike on another port of 127.0.0.1 is not the demo', () => {
    expect(patternMatches('http://127.0.0.1:4780/*', 'http://127.0.0.1:4780/tracs/')).toBe(true);
    expect(patternMatches('http://127.0.0.1:4780/*', 'http://127.0.0.1:4781/tracs/')).toBe(false);
    expect(patternMatches('http://127.0.0.1:4780/*', 'http://127.0.0.1/tracs/')).toBe(false);
    expect(patternMatches('https://host.gov:443/*', 'https://host.gov/x')).toBe(true);
  });

  it('takes subdomains only with *. and never a host that merely ends the same way', () => {
    expect(patternMatches('https://*.dhs.example.gov/*', 'https://tracs.dhs.example.gov/')).toBe(true);
    expect(patternMatches('https://*.dhs.example.gov/*', 'https://dhs.example.gov/')).toBe(true);
    expect(patternMatches('https://*.dhs.example.gov/*', 'https://eviltracsdhs.example.gov/')).toBe(false);
    expect(patternMatches('https://tracs.example.gov/*', 'https://tracs.example.gov.evil.com/')).toBe(false);
  });

  it('honours a path and * for http or https', () => {
    expect(patternMatches('*://host.gov/tracs/*', 'http://host.gov/tracs/cpln')).toBe(true);
    expect(patternMatches('*://host.gov/tracs/*', 'https://host.gov/other')).toBe(false);
  });

  it('matches nothing with a broken pattern or a non-web URL', () => {
    expect(parsePattern('tracs.example.gov')).toBeUndefined();
    expect(patternMatches('not a pattern', 'https://a.gov/')).toBe(false);
    expect(patternMatches('https://*/*', 'about:srcdoc')).toBe(false);
    expect(patternMatches('https://*/*', 'javascript:alert(1)')).toBe(false);
  });
});

describe('originOf', () => {
  it('gives web origins and nothing for opaque ones', () => {
    expect(originOf('http://127.0.0.1:4780/tracs/x?y')).toBe('http://127.0.0.1:4780');
    expect(originOf('about:blank')).toBeUndefined();
    expect(originOf('data:text/html,x')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});
