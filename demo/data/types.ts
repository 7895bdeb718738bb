/**
 * The demo legacy systems' own data model (what their mainframes would hold). All synthetic:
 * names are invented, numbers are made up, nothing comes from a real person.
 */

export interface DemoMember {
  no: string;
  first: string;
  last: string;
  /** ISO date, or a raw string the screen shows as-is (to test unreadable values). */
  dob: string;
  rel: 'HH' | 'SP' | 'CH' | 'OT';
  /** Status on the case as TRACS codes it (ACTIVE when not given); the 3270 host's MBRS screen shows it. */
  status?: 'ACTIVE' | 'INACTIVE' | 'EXEMPT';
}

export interface OregonCase {
  state: 'OR';
  caseNo: string;
  program: 'JOBS' | 'PRE-TANF' | 'POST-TANF' | 'REF' | 'SFPSS' | 'TA-DVS';
  worker: string;
  members: DemoMember[];
  plan: {
    planDate?: string;
    reviewDate?: string;
    signed: 'Y' | 'N';
    cmFlag: 'Y' | 'N';
    msaDate?: string;
    form7819: 'Y' | 'N';
    roi: 'Y' | 'N';
  };
  services: Array<{ date: string; code: string; staff: 'FC' | 'JC' | 'EW'; member: string }>;
  narrations: Array<{ date: string; text: string }>;
  closureDate?: string;
  /** Barriers the plan records and plan activities with the barrier each addresses (000 Retention services). */
  barriers?: Array<{ code: string; date: string }>;
  activities?: Array<{ code: string; barrier?: string; date: string }>;
  /** What the edge case is for (shown in the demo index, not on screens). */
  note: string;
}

export interface AlaskaCase {
  state: 'AK';
  caseNo: string;
  track: 'WF' | 'FF';
  client: { first: string; last: string; dob: string };
  caseManager: string;
  referral: { date: string; cmChangeDate?: string; trackChangeDate?: string };
  eaDate?: string;
  epiDate?: string;
  fssp: { planDate?: string; goal?: string; goalDate?: string; signedDate?: string; reviewDates: string[]; mailedDate?: string };
  clnos: Array<{ date: string; title: string; body: string }>;
  work: Array<{ month: string; hours: number; entered?: string }>;
  supportive: Array<{ date: string; kind: string; amount: number; approval: 'Y' | 'N' }>;
  taClosure?: { date: string; withWork: 'Y' | 'N' };
  /** Childcare authorization requests in CMS (003 §22). */
  childcare?: Array<{ date: string; forMonth: string; status: string }>;
  /** Penalty tracking in CMS (003 §3, §11); dates blank until they happen. */
  penalties?: Array<{ date: string; reason: string; goodCause?: 'Y' | 'N'; goodCauseDate?: string; requested?: string; intent?: string; complied?: string; ended?: string }>;
  /** Releases of information signed beyond the FSSP's own (003 §18). */
  releases?: Array<{ date: string; party: string; type: string }>;
  /** Calls, emails and requests received (003 §29). */
  messages?: Array<{ date: string; from: string; channel: string; subject: string; responded?: string }>;
  /** EIS notices (003 §2: J016 with an EA appointment time in the free-form text). */
  notices?: Array<{ date: string; code: string; text: string }>;
  /** Families First documents (003 FF §5), completed and last updated. */
  ff?: Partial<Record<'weeklyCalendar' | 'familyNetwork' | 'familySupportTeam', { completed?: string; updated?: string }>>;
  /** Last and next monthly track review (003 FF §4). */
  trackReview?: { last?: string; next?: string };
  /** Appointments set with the client (003 §2; FF §1 Family Support Team meetings). */
  appointments?: Array<{ date: string; time: string; purpose: string; status: string }>;
  /** Referrals to other agencies with the follow-up date (003 §8). */
  agencyReferrals?: Array<{ date: string; agency: string; reason: string; followUp?: string; followedUp?: string }>;
  note: string;
}

export interface MaineCase {
  state: 'ME';
  caseNo: string;
  participant: { first: string; last: string; dob: string };
  caseManager: string;
  assessmentDate?: string;
  employmentPlanDate?: string;
  amendments: Array<{ no: number; date: string; action: string; participantSigned: 'Y' | 'N'; departmentSigned: 'Y' | 'N' }>;
  note: string;
}

export type DemoCase = OregonCase | AlaskaCase | MaineCase;
