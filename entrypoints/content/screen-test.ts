/**
 * "Save this screen as a test", the page's side: the screen read again with the profile that
 * recognised it, and a copy of the page with every value read (and every other date, number and
 * name) replaced by a synthetic one (lib/screen/anonymise). Only the copy leaves the page; the
 * page itself is not changed.
 */
import { extractWithProfile, makeSnapshot } from '../../lib/screen/extract';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { snapshotScreen } from '../../lib/screen/anonymise/snapshot';
import { cryptoRandom } from '../../lib/screen/anonymise/synthetic';
import type { ScreenSnapshotReply } from '../../lib/messages';

export function snapshotForTest(doc: Document, profiles: readonly ScreenProfile[], lastProfileId: string | undefined, pageUrl: string): ScreenSnapshotReply {
  const profile = profiles.find((p) => p.id === lastProfileId);
  if (!profile) return { ok: false, message: 'CaseLens does not know this screen: teach it first, then save it as a test.' };
  const read = extractWithProfile(doc, profile, makeSnapshot(doc, pageUrl));
  const copy = snapshotScreen(doc, profile, read, cryptoRandom());
  const here = new URL(pageUrl);
  // Origin and path only; numbers in the path (case numbers) scrubbed like the page's.
  const url = `${here.origin}${here.pathname.replace(/\d{3,}/g, (n) => '0'.repeat(n.length))}`;
  return { ok: true, message: 'Screen saved with synthetic values.', html: copy.html, url, profileId: profile.id, replaced: copy.replaced, kept: copy.kept };
}
