/**
 * Facts issue 13 added for policy 003 that screens show and the fact model lacked: the Families
 * First documents with their dates (Families First §5), the last and next track review (§4),
 * appointments with date, time and purpose (All staff §2, Families First §1), the referrals a
 * case manager made to other agencies with their follow-up dates (All staff §8), and each
 * household member's status.
 */
import { z } from 'zod';
import { IsoDateSchema } from './date-schema';

const shortText = z.string().max(200);

/** One Families First document: when it was completed and when it was last updated (003 FF §5). */
export const FfDocumentSchema = z.object({ completedDate: IsoDateSchema.optional(), updatedDate: IsoDateSchema.optional() });

/** "complete a Family Network, identify a Family Support Team and complete a Weekly Calendar of Routines" (003 FF §5). */
export const FamiliesFirstSchema = z.object({
  weeklyCalendar: FfDocumentSchema.optional(),
  familyNetwork: FfDocumentSchema.optional(),
  familySupportTeam: FfDocumentSchema.optional(),
});

/** The monthly review for a Work First track change (003 FF §4): the last one held and the next one scheduled. */
export const TrackReviewSchema = z.object({ lastDate: IsoDateSchema.optional(), nextDate: IsoDateSchema.optional() });

/** An appointment set with the client: its day, clock time as the screen gives it, and what it is for. */
export const AppointmentSchema = z.object({
  date: IsoDateSchema,
  time: shortText.optional(),
  purpose: shortText.optional(),
  status: shortText.optional(),
});

/** A referral to another agency (003 All staff §8: "Establish dates to follow-up on referrals"). */
export const AgencyReferralSchema = z.object({
  date: IsoDateSchema,
  agency: shortText.optional(),
  reason: shortText.optional(),
  memberId: shortText.optional(),
  followUpDate: IsoDateSchema.optional(),
  followedUpDate: IsoDateSchema.optional(),
});

/** A household member's status on the case, as the screens code it. */
export const MemberStatusSchema = z.enum(['active', 'inactive', 'exempt', 'sanctioned']);
