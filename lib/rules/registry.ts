/**
 * Built-in rules, one JSON file each in ./data (file name = id), grouped by policy source.
 * The conventions test fails when a file there is not listed here, lacks a citation, a test
 * or a catalogue entry.
 */
import type { Rule } from './rule-schema';

// Oregon, policy 000 (Release 89, 2018): Targeted Case Management and retention services
import orRetentionBarriersAddressed from './data/or-retention-barriers-addressed.json' with { type: 'json' };
import orRetentionMonthlyCheckIn from './data/or-retention-monthly-check-in.json' with { type: 'json' };
import orTcmFlag from './data/or-tcm-flag.json' with { type: 'json' };
import orTcmNarration from './data/or-tcm-narration.json' with { type: 'json' };

// Oregon, policy 001 (Release 73, 2014): retention case management, kept so the change between releases shows
import orRetentionCaseManagementR73 from './data/or-retention-case-management-r73.json' with { type: 'json' };

// Oregon, policy 004 (Release 58, 2010): case plan development
import orCasePlanRequired from './data/or-case-plan-required.json' with { type: 'json' };
import orPlanNarrated from './data/or-plan-narrated.json' with { type: 'json' };
import orPlanReviewDate from './data/or-plan-review-date.json' with { type: 'json' };
import orPlanSignature from './data/or-plan-signature.json' with { type: 'json' };
import orPreTanfPlanByAssessmentEnd from './data/or-pre-tanf-plan-by-assessment-end.json' with { type: 'json' };
import orReleaseOfInformation from './data/or-release-of-information.json' with { type: 'json' };
import orRightsForm7819 from './data/or-rights-form-7819.json' with { type: 'json' };
import orSelfAssessmentBeforePlan from './data/or-self-assessment-before-plan.json' with { type: 'json' };
import orUnsignedPlanNarration from './data/or-unsigned-plan-narration.json' with { type: 'json' };

// Alaska, policy 003: DPAWS case management expectations (business days on the Alaska calendar)
import akAppointmentOnClosureDay from './data/ak-appointment-on-closure-day.json' with { type: 'json' };
import akChildcareBeforeFirst from './data/ak-childcare-before-first.json' with { type: 'json' };
import akChildcareRequestNextMonth from './data/ak-childcare-request-next-month.json' with { type: 'json' };
import akClnoTitleSpecific from './data/ak-clno-title-specific.json' with { type: 'json' };
import akContactClnoWithin1BusinessDay from './data/ak-contact-clno-within-1-business-day.json' with { type: 'json' };
import akEaClnoWithin2Days from './data/ak-ea-clno-within-2-days.json' with { type: 'json' };
import akEaWithin30Days from './data/ak-ea-within-30-days.json' with { type: 'json' };
import akEpiWithin30Days from './data/ak-epi-within-30-days.json' with { type: 'json' };
import akExemptionSameDay from './data/ak-exemption-same-day.json' with { type: 'json' };
import akExitSummary from './data/ak-exit-summary.json' with { type: 'json' };
import akFfFamilyNetworkWithin60Days from './data/ak-ff-family-network-within-60-days.json' with { type: 'json' };
import akFfFamilySupportTeamMeeting from './data/ak-ff-family-support-team-meeting.json' with { type: 'json' };
import akFfFamilySupportTeamWithin60Days from './data/ak-ff-family-support-team-within-60-days.json' with { type: 'json' };
import akFfMonthlyTrackReview from './data/ak-ff-monthly-track-review.json' with { type: 'json' };
import akFfNextTrackReviewWithinMonth from './data/ak-ff-next-track-review-within-month.json' with { type: 'json' };
import akFfWeeklyCalendarWithin60Days from './data/ak-ff-weekly-calendar-within-60-days.json' with { type: 'json' };
import akFsspExpired from './data/ak-fssp-expired.json' with { type: 'json' };
import akFsspMailedClno from './data/ak-fssp-mailed-clno.json' with { type: 'json' };
import akFsspSigned from './data/ak-fssp-signed.json' with { type: 'json' };
import akFsspUpdate3Months from './data/ak-fssp-update-3-months.json' with { type: 'json' };
import akFsspWithin30Days from './data/ak-fssp-within-30-days.json' with { type: 'json' };
import akInitialContact from './data/ak-initial-contact.json' with { type: 'json' };
import akJ016EaAppointmentTime from './data/ak-j016-ea-appointment-time.json' with { type: 'json' };
import akMonthlyContactFsspReview from './data/ak-monthly-contact-fssp-review.json' with { type: 'json' };
import akOutreachNonEngaged from './data/ak-outreach-non-engaged.json' with { type: 'json' };
import akPenaltyEndDate from './data/ak-penalty-end-date.json' with { type: 'json' };
import akPenaltyGoodCause from './data/ak-penalty-good-cause.json' with { type: 'json' };
import akPenaltyRequested from './data/ak-penalty-requested.json' with { type: 'json' };
import akPostTaServices from './data/ak-post-ta-services.json' with { type: 'json' };
import akReferralFollowUpDate from './data/ak-referral-follow-up-date.json' with { type: 'json' };
import akRespondWithin1BusinessDay from './data/ak-respond-within-1-business-day.json' with { type: 'json' };
import akRoiDocumented from './data/ak-roi-documented.json' with { type: 'json' };
import akSupportiveServicesApproval from './data/ak-supportive-services-approval.json' with { type: 'json' };
import akSupportiveServicesClnoSameDay from './data/ak-supportive-services-clno-same-day.json' with { type: 'json' };
import akWf40Hours from './data/ak-wf-40-hours.json' with { type: 'json' };
import akWfAlexsysWithin1Month from './data/ak-wf-alexsys-within-1-month.json' with { type: 'json' };
import akWfApplicationWithin1Month from './data/ak-wf-application-within-1-month.json' with { type: 'json' };
import akWfBudgetWithin1Month from './data/ak-wf-budget-within-1-month.json' with { type: 'json' };
import akWfResumeWithin1Month from './data/ak-wf-resume-within-1-month.json' with { type: 'json' };
import akWorkActivityEntered from './data/ak-work-activity-entered.json' with { type: 'json' };
import akWorkVerificationClno from './data/ak-work-verification-clno.json' with { type: 'json' };

// Maine, policy 002: 10-144 C.M.R. ch. 607 § 6, the ASPIRE-TANF case-management functions
import meCaseManagerAssigned from './data/me-case-manager-assigned.json' with { type: 'json' };
import meFn01Strengths from './data/me-fn01-strengths.json' with { type: 'json' };
import meFn02Needs from './data/me-fn02-needs.json' with { type: 'json' };
import meFn03PrioritiseNeeds from './data/me-fn03-prioritise-needs.json' with { type: 'json' };
import meFn04InformedChoice from './data/me-fn04-informed-choice.json' with { type: 'json' };
import meFn05EmploymentPlan from './data/me-fn05-employment-plan.json' with { type: 'json' };
import meFn06AmendmentBindsBoth from './data/me-fn06-amendment-binds-both.json' with { type: 'json' };
import meFn07Referrals from './data/me-fn07-referrals.json' with { type: 'json' };
import meFn08ResourceEffectiveness from './data/me-fn08-resource-effectiveness.json' with { type: 'json' };
import meFn09Advocacy from './data/me-fn09-advocacy.json' with { type: 'json' };
import meFn10ProgressDocumented from './data/me-fn10-progress-documented.json' with { type: 'json' };
import meFn11ExpendituresAuthorised from './data/me-fn11-expenditures-authorised.json' with { type: 'json' };
import meFn12Confidentiality from './data/me-fn12-confidentiality.json' with { type: 'json' };
import meFn13BudgetingBasics from './data/me-fn13-budgeting-basics.json' with { type: 'json' };

export const BUILT_IN_RULES = [
  // 000 Oregon (Release 89)
  orRetentionBarriersAddressed, orRetentionMonthlyCheckIn, orTcmFlag, orTcmNarration,
  // 001 Oregon (Release 73)
  orRetentionCaseManagementR73,
  // 004 Oregon (Release 58)
  orCasePlanRequired, orPlanNarrated, orPlanReviewDate, orPlanSignature, orPreTanfPlanByAssessmentEnd,
  orReleaseOfInformation, orRightsForm7819, orSelfAssessmentBeforePlan, orUnsignedPlanNarration,
  // 003 Alaska
  akAppointmentOnClosureDay, akChildcareBeforeFirst, akChildcareRequestNextMonth, akClnoTitleSpecific, akContactClnoWithin1BusinessDay,
  akEaClnoWithin2Days, akEaWithin30Days, akEpiWithin30Days, akExemptionSameDay, akExitSummary,
  akFfFamilyNetworkWithin60Days, akFfFamilySupportTeamMeeting, akFfFamilySupportTeamWithin60Days, akFfMonthlyTrackReview,
  akFfNextTrackReviewWithinMonth,
  akFfWeeklyCalendarWithin60Days, akFsspExpired, akFsspMailedClno, akFsspSigned, akFsspUpdate3Months,
  akFsspWithin30Days, akInitialContact, akJ016EaAppointmentTime, akMonthlyContactFsspReview,
  akOutreachNonEngaged, akPenaltyEndDate, akPenaltyGoodCause, akPenaltyRequested, akPostTaServices,
  akReferralFollowUpDate,
  akRespondWithin1BusinessDay, akRoiDocumented, akSupportiveServicesApproval, akSupportiveServicesClnoSameDay,
  akWfAlexsysWithin1Month, akWfApplicationWithin1Month, akWfBudgetWithin1Month, akWfResumeWithin1Month,
  akWf40Hours, akWorkActivityEntered, akWorkVerificationClno,
  // 002 Maine
  meCaseManagerAssigned, meFn01Strengths, meFn02Needs, meFn03PrioritiseNeeds, meFn04InformedChoice,
  meFn05EmploymentPlan, meFn06AmendmentBindsBoth, meFn07Referrals, meFn08ResourceEffectiveness,
  meFn09Advocacy, meFn10ProgressDocumented, meFn11ExpendituresAuthorised, meFn12Confidentiality,
  meFn13BudgetingBasics,
] as unknown as readonly Rule[];
