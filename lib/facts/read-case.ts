/**
 * The reader's whole pure path in one call, for tests, tools and the bench: (document or
 * element, profiles) -> the matching profile, the validated case facts, and every per-field
 * problem. The extension splits it: the content script reads, the background observes.
 */
import { readScreen, type ReadOptions } from '../screen/read-screen';
import type { ScreenProfile } from '../screen/profile-schema';
import { observe, type Observation } from './observation';

export interface CaseRead {
  profile: ScreenProfile;
  observation: Observation;
}

export function readCase(root: ParentNode, profiles: readonly ScreenProfile[], opts: ReadOptions): CaseRead | null {
  const { read } = readScreen(root, profiles, opts);
  if (!read) return null;
  return { profile: profiles.find((p) => p.id === read.profileId)!, observation: observe(read) };
}
