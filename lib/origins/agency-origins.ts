/**
 * Which pages are the agency's own legacy screens, and which screen profiles may read them.
 * A page is read only on an origin the agency granted (or the demo origin, in the demo build);
 * a profile applies there only when it is bound to that host: by the agency's settings for
 * its system (`systemHosts`), by its own `hosts`, or, for an agency profile that names none,
 * on any of the agency's hosts. Built-in profiles are bound to the demo system only.
 */
import type { ScreenProfile } from '../screen/profile-schema';
import { DEMO_HOST_TOKEN, DEMO_ORIGINS } from './demo';
import { patternMatches } from './match-pattern';

export interface OriginScope {
  /** Match patterns of the agency's legacy hosts whose host permission is granted. */
  agencyHosts: readonly string[];
  /** Agency binding of each system's profiles to hosts, e.g. { TRACS: ["https://tracs.example.gov/*"] }. */
  systemHosts: Readonly<Record<string, readonly string[]>>;
  /** True in the demo build only: the bundled demo system's origin may be read. */
  demo: boolean;
  /** Match patterns of the agency's policy manual pages whose host permission is granted (policy watch). */
  manualPages?: readonly string[];
}

/** Is this page one of the agency's policy manual pages (policy watch runs there)? */
export function isManualPage(scope: OriginScope, url: string | undefined): boolean {
  return !!url && (scope.manualPages ?? []).some((p) => patternMatches(p, url));
}

const demoPatterns = (): string[] => DEMO_ORIGINS.map((o) => `${o}/*`);

/** May CaseLens read this page at all? */
export function isReadableUrl(scope: OriginScope, url: string | undefined): boolean {
  if (!url) return false;
  if (scope.demo && demoPatterns().some((p) => patternMatches(p, url))) return true;
  return scope.agencyHosts.some((p) => patternMatches(p, url));
}

/** The patterns a profile is bound to; 'demo' stands for the demo origin (demo build only). */
function bindingOf(profile: Pick<ScreenProfile, 'system' | 'hosts'>, scope: OriginScope): readonly string[] | undefined {
  const bySystem = Object.hasOwn(scope.systemHosts, profile.system) ? scope.systemHosts[profile.system] : undefined;
  if (bySystem) return bySystem;
  if (!profile.hosts) return undefined;
  return profile.hosts.flatMap((h) => (h === DEMO_HOST_TOKEN ? (scope.demo ? demoPatterns() : []) : [h]));
}

/** Does this profile apply on this page? Never outside the readable origins. */
export function profileAppliesOn(profile: Pick<ScreenProfile, 'system' | 'hosts'>, scope: OriginScope, url: string): boolean {
  if (!isReadableUrl(scope, url)) return false;
  const binding = bindingOf(profile, scope);
  return binding === undefined ? true : binding.some((p) => patternMatches(p, url));
}

export function profilesFor<P extends Pick<ScreenProfile, 'system' | 'hosts'>>(profiles: readonly P[], scope: OriginScope, url: string): P[] {
  return profiles.filter((p) => profileAppliesOn(p, scope, url));
}
