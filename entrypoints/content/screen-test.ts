/**
 * "Save this screen as a test", the page's side: the screen read again with the profile that
 * recognised it, and a copy of the page with every value read (and every other date, number and
 * name) replaced by a synthetic one (lib/screen/anonymise). Only the copy leaves the page; the
 * page itself is not changed.
 */
import { makeSnapshot, readWithProfile, type ReadOptions, type ScreenRead } from '../../lib/screen/read-screen';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { snapshotScreen } from '../../lib/screen/anonymise/snapshot';
import { cryptoRandom } from '../../lib/screen/anonymise/synthetic';
import type { ScreenSnapshotReply } from '../../lib/messages';

export function snapshotForTest(doc: Document, profiles: readonly ScreenProfile[], lastRead: ScreenRead | null, options: ReadOptions): ScreenSnapshotReply {
  const profile = profiles.find((p) => p.id === lastRead?.profileId);
  if (!profile) return { ok: false, message: 'CaseLens does not know this screen: teach it first, then save it as a test.' };
  const result = readWithProfile(doc, profile, makeSnapshot(doc, options.url), options);
  const copy = snapshotScreen(doc, profile, result, cryptoRandom());
  const here = new URL(options.url);
  // Origin and path only; numbers in the path (case numbers) scrubbed like the page's.
  const url = `${here.origin}${here.pathname.replace(/\d{3,}/g, (n) => '0'.repeat(n.length))}`;
  return { ok: true, message: 'Screen saved with synthetic values.', html: copy.html, url, profileId: profile.id, replaced: copy.replaced, kept: copy.kept };
}
