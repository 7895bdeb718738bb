/**
 * Addresses (origin and path, never the query) where a screen was recognised since the
 * service worker started: a frame saying hello from one of them gets the reader injected at
 * once. Kept in memory only, a few hundred at most; after a restart the first page of each
 * address is checked first, as any page is.
 */
const MAX = 300;
const urls = new Set<string>();

const keyOf = (url: string): string | undefined => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return undefined;
  }
};

export function rememberScreen(url: string): void {
  const key = keyOf(url);
  if (!key || urls.has(key)) return;
  if (urls.size >= MAX) urls.delete(urls.values().next().value!);
  urls.add(key);
}

export function wasScreen(url: string): boolean {
  const key = keyOf(url);
  return !!key && urls.has(key);
}
