/**
 * The case facts CaseLens knows about a case: what screens showed, merged across screens.
 * Every field is optional because each screen shows only part of a case; a rule that needs a
 * missing fact says "unknown" and names the fact instead of guessing.
 */
import { z } from 'zod';
import { IsoDateSchema } from './date-schema';
import { AgencyReferralSchema, AppointmentSchema, FamiliesFirstSchema, MemberStatusSchema, TrackReviewSchema } from './family-facts';

export { IsoDateSchema };
export const JurisdictionSchema = z.enum(['OR', 'AK', 'ME']);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** Oregon Self-Sufficiency programs (004 §1 lists those that need a case plan). */
export const OregonProgramSchema = z.enum(['JOBS', 'PRE-TANF', 'POST-TANF', 'REF', 'SFPSS', 'TA-DVS']);
/** Alaska DPAWS tracks (003, Work First / Families First sections). */
export const AlaskaTrackSchema = z.enum(['WORK_FIRST', 'FAMILIES_FIRST']);

const text = z.string().max(4000);
const shortText = z.string().max(200);

export const MemberSchema = z.object({
  memberId: shortText,
  firstName: shortText.optional(),
  lastName: shortText.optional(),
  dob: IsoDateSchema.optional(),
  role: z.enum(['parent', 'child', 'other']).optional(),
  status: MemberStatusSchema.optional(),
});

/** A case-management service delivered on a date (TRACS service activity, 000 §TCM). */
export const ServiceSchema = z.object({
  date: IsoDateSchema,
  service: shortText,
  staff: z.enum(['family-coach', 'contractor', 'other']).optional(),
  memberId: shortText.optional(),
});

export const NarrationSchema = z.object({ date: IsoDateSchema, text });
export const ClnoSchema = z.object({ date: IsoDateSchema, title: shortText, body: text.optional() });
export const ContactSchema = z.object({
  date: IsoDateSchema,
  method: z.enum(['phone', 'in-person', 'letter', 'home-visit', 'email', 'notice', 'other']).optional(),
  successful: z.boolean().optional(),
  fsspReviewed: z.boolean().optional(),
});
export const WorkMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  hours: z.number().min(0).max(744).optional(),
  enteredDate: IsoDateSchema.optional(),
});
export const SupportiveServiceSchema = z.object({
  date: IsoDateSchema,
  kind: shortText.optional(),
  amount: z.number().optional(),
  supervisorApproval: z.boolean().optional(),
});
export const ContractAmendmentSchema = z.object({
  date: IsoDateSchema,
  action: shortText.optional(),
  participantSigned: z.boolean().optional(),
  departmentSigned: z.boolean().optional(),
});

/**
 * Exemption change information received (003 All staff §14: "transmitted to eligibility the
 * same day of receipt"): when it came in and when it was sent to eligibility.
 */
export const ExemptionChangeSchema = z.object({
  receivedDate: IsoDateSchema,
  transmittedDate: IsoDateSchema.optional(),
  action: z.enum(['start', 'end', 'change']).optional(),
});

const month = z.string().regex(/^\d{4}-\d{2}$/);

/** A childcare authorization request in CMS (003 All staff §22: "before the first of each month"). */
export const ChildcareRequestSchema = z.object({ date: IsoDateSchema, forMonth: month, status: shortText.optional() });

/**
 * A penalty for non-compliance as CMS tracks it (003 All staff §3, §11): when the situation
 * occurred (`date`), the good-cause result (blank: not determined yet) and its date, when the
 * penalty was requested, when the client stated the intent to comply or complied, and the date
 * the penalty was ended back to.
 */
export const PenaltySchema = z.object({
  date: IsoDateSchema,
  reason: shortText.optional(),
  goodCause: z.boolean().optional(),
  goodCauseDate: IsoDateSchema.optional(),
  requestedDate: IsoDateSchema.optional(),
  intentDate: IsoDateSchema.optional(),
  compliedDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
});

/** A signed release of information (003 All staff §18): the date signed and to whom. */
export const ReleaseOfInformationSchema = z.object({ date: IsoDateSchema, party: shortText.optional(), type: shortText.optional() });

/** An email, call or request received (003 All staff §29), and when it was answered. */
export const MessageSchema = z.object({
  date: IsoDateSchema,
  from: shortText.optional(),
  channel: shortText.optional(),
  subject: shortText.optional(),
  respondedDate: IsoDateSchema.optional(),
});

/** A notice generated in EIS, e.g. J016 with an EA appointment in its free-form text (003 All staff §2). */
export const NoticeSchema = z.object({ date: IsoDateSchema, code: shortText, text: text.optional() });

/** A barrier the case plan records (000 Retention services), and a plan activity with the barrier it addresses. */
export const BarrierSchema = z.object({ code: shortText, date: IsoDateSchema.optional() });
export const PlanActivitySchema = z.object({ code: shortText, barrier: shortText.optional(), date: IsoDateSchema.optional() });

export const CaseFactsSchema = z.object({
  jurisdiction: JurisdictionSchema,
  caseNumber: z.string().regex(/^[A-Z0-9-]{1,20}$/i, { message: 'is not a case number' }),
  program: OregonProgramSchema.optional(),
  track: AlaskaTrackSchema.optional(),
  caseManager: shortText.optional(),
  /** The name a system gives the case (its head of household), e.g. on a caseload listing. */
  caseName: shortText.optional(),
  household: z.array(MemberSchema).optional(),
  casePlan: z
    .object({
      planDate: IsoDateSchema.optional(),
      reviewDate: IsoDateSchema.optional(),
      signed: z.boolean().optional(),
      tcmFlag: z.boolean().optional(),
      selfAssessmentDate: IsoDateSchema.optional(),
      rightsFormOnFile: z.boolean().optional(),
      releaseOnFile: z.boolean().optional(),
      barriers: z.array(BarrierSchema).optional(),
      activities: z.array(PlanActivitySchema).optional(),
    })
    .optional(),
  services: z.array(ServiceSchema).optional(),
  narrations: z.array(NarrationSchema).optional(),
  referral: z
    .object({
      date: IsoDateSchema.optional(),
      caseManagerChangeDate: IsoDateSchema.optional(),
      trackChangeDate: IsoDateSchema.optional(),
    })
    .optional(),
  contacts: z.array(ContactSchema).optional(),
  eaDate: IsoDateSchema.optional(),
  epiDate: IsoDateSchema.optional(),
  fssp: z
    .object({
      planDate: IsoDateSchema.optional(),
      goal: text.optional(),
      goalDate: IsoDateSchema.optional(),
      signedDate: IsoDateSchema.optional(),
      reviewDates: z.array(IsoDateSchema).optional(),
      mailedDate: IsoDateSchema.optional(),
    })
    .optional(),
  clnos: z.array(ClnoSchema).optional(),
  workActivity: z.array(WorkMonthSchema).optional(),
  taClosure: z.object({ date: IsoDateSchema.optional(), withWork: z.boolean().optional() }).optional(),
  supportiveServices: z.array(SupportiveServiceSchema).optional(),
  /** The latest childcare request (requestDate, forMonth) and, where the screen lists them, every request. */
  childcare: z
    .object({ requestDate: IsoDateSchema.optional(), forMonth: month.optional(), requests: z.array(ChildcareRequestSchema).optional() })
    .optional(),
  releases: z.object({ medical: z.boolean().optional(), general: z.boolean().optional() }).optional(),
  releasesOfInformation: z.array(ReleaseOfInformationSchema).optional(),
  penalties: z.array(PenaltySchema).optional(),
  messages: z.array(MessageSchema).optional(),
  notices: z.array(NoticeSchema).optional(),
  exemptions: z.array(ExemptionChangeSchema).optional(),
  familiesFirst: FamiliesFirstSchema.optional(),
  trackReview: TrackReviewSchema.optional(),
  appointments: z.array(AppointmentSchema).optional(),
  agencyReferrals: z.array(AgencyReferralSchema).optional(),
  maine: z
    .object({
      amendments: z.array(ContractAmendmentSchema).optional(),
      employmentPlanDate: IsoDateSchema.optional(),
      assessmentDate: IsoDateSchema.optional(),
    })
    .optional(),
});

export type CaseFacts = z.infer<typeof CaseFactsSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type Service = z.infer<typeof ServiceSchema>;

export function caseKeyOf(facts: Pick<CaseFacts, 'jurisdiction' | 'caseNumber'>): string {
  return `${facts.jurisdiction}:${facts.caseNumber.toUpperCase()}`;
}
