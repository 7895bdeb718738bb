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
