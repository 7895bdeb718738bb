/** A profile's URL pattern: '*' matches anything; everything else is literal. */
export function urlMatches(pattern: string, url: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(url);
}
