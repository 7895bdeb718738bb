/**
 * Extension match patterns ("https://*.example.gov/*", "http://127.0.0.1:4780/*") as Chrome
 * reads them: scheme, host (optionally "*." for subdomains), an optional port (none = any),
 * and a path glob. CaseLens decides by these whether a page is one of the agency's own, in the
 * content script and again in the background; a pattern that does not parse matches nothing.
 */

export interface ParsedPattern {
  scheme: 'http' | 'https' | '*';
  /** Lower-case host; '' for "*" (any host). */
  host: string;
  subdomains: boolean;
  /** undefined: any port. */
  port?: string;
  path: RegExp;
}

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/:*]+|[^/:*]+)(?::(\d{1,5}|\*))?(\/.*)$/i;

const glob = (path: string) => new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

export function parsePattern(pattern: string): ParsedPattern | undefined {
  const m = PATTERN.exec(pattern.trim());
  if (!m) return undefined;
  const [, scheme, host, port, path] = m as unknown as [string, string, string, string | undefined, string];
  return {
    scheme: scheme.toLowerCase() as ParsedPattern['scheme'],
    host: host === '*' ? '' : host.replace(/^\*\./, '').toLowerCase(),
    subdomains: host.startsWith('*'),
    port: port === undefined || port === '*' ? undefined : port,
    path: glob(path),
  };
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

export function patternMatches(pattern: string | ParsedPattern, url: string | URL): boolean {
  const p = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
  if (!p) return false;
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (p.scheme !== '*' && `${p.scheme}:` !== u.protocol) return false;
  const host = u.hostname.toLowerCase();
  if (p.host && host !== p.host && !(p.subdomains && host.endsWith(`.${p.host}`))) return false;
  if (p.port !== undefined && (u.port || DEFAULT_PORT[u.protocol]) !== p.port) return false;
  return p.path.test(u.pathname);
}

/** The origin of a URL ("https://host:port"), or undefined for opaque origins (about:, data:). */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
