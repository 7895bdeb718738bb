/**
 * Facts are code: the named, computed facts rules may use, beside plain case-fact paths.
 * Each takes the case facts, the rule's params and the evaluation context, and returns
 * unknown (naming the facts it would need) rather than a guess.
 */
import type { CaseFacts } from '../../facts/case-facts';
import type { EvalContext, FactResult } from '../context';
import { qualifyingServices, unnarratedServices } from './tcm';
import { blank, dateShift, shown } from './common';
import { clnoDates, clnoVagueTitles, clnoWithoutPrior } from './alaska-clno';
import { contactDates, contactOutreach } from './alaska-contacts';
import { childcareForMonthStart, supportiveNeedingApproval, workActivityEnteredFor } from './alaska';
import { childcareRequestedFor, childcareSeen, childcareSince } from './alaska-childcare';
import {
  noticesOfCode,
  noticesWithoutAppointment,
  penaltiesEndedWrong,
  penaltiesNoGoodCause,
  penaltiesToEnd,
  workFullMonth,
  workWeeklyHours,
} from './alaska-duties';
import {
  appointmentsOfPurpose,
  appointmentsOnClosureDays,
  ffDocumentDates,
  referralsWithoutFollowUp,
  trackReviewDates,
  trackReviewScheduledLate,
} from './alaska-families';
import { narrationDates, unaddressedBarriers, unnarratedPlans } from './oregon';
import { unboundAmendments } from './maine';

export type DerivedFact = (facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext) => FactResult;

export const DERIVED_FACTS: Record<string, DerivedFact> = {
  // General
  blank,
  shown,
  'date.shift': dateShift,
  // Oregon (000, 004)
  'tcm.qualifyingServices': qualifyingServices,
  'tcm.unnarratedServices': unnarratedServices,
  'narrations.dates': narrationDates,
  'casePlan.unnarrated': unnarratedPlans,
  'casePlan.unaddressedBarriers': unaddressedBarriers,
  // Alaska (003)
  'clno.dates': clnoDates,
  'clno.vagueTitles': clnoVagueTitles,
  'clno.withoutPrior': clnoWithoutPrior,
  'contacts.dates': contactDates,
  'contacts.outreach': contactOutreach,
  'supportiveServices.needingApproval': supportiveNeedingApproval,
  'workActivity.enteredFor': workActivityEnteredFor,
  'childcare.forMonthStart': childcareForMonthStart,
  'childcare.seen': childcareSeen,
  'childcare.since': childcareSince,
  'childcare.requestedFor': childcareRequestedFor,
  'penalties.noGoodCause': penaltiesNoGoodCause,
  'penalties.toEnd': penaltiesToEnd,
  'penalties.endedWrong': penaltiesEndedWrong,
  'workActivity.fullMonth': workFullMonth,
  'workActivity.weeklyHours': workWeeklyHours,
  'notices.ofCode': noticesOfCode,
  'notices.withoutAppointment': noticesWithoutAppointment,
  'familiesFirst.documentDates': ffDocumentDates,
  'trackReview.dates': trackReviewDates,
  'trackReview.scheduledLate': trackReviewScheduledLate,
  'appointments.onClosureDays': appointmentsOnClosureDays,
  'appointments.ofPurpose': appointmentsOfPurpose,
  'agencyReferrals.withoutFollowUp': referralsWithoutFollowUp,
  // Maine (002)
  'maine.unboundAmendments': unboundAmendments,
};
