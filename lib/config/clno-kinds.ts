/**
 * What a client note (CLNO, Alaska CMS) or a TRACS narration (Oregon) is about, recognised from
 * its words. Much of the evidence the policy texts ask for lives only in these notes (003 §6:
 * "CLNOs are to be formatted using the standardized titles and headings"), so the classifier is
 * agency configuration: offices word their titles differently and the standard titles change.
 * Patterns are case-insensitive JavaScript regular expressions.
 */
import { z } from 'zod';

const Pattern = z.string().min(1).max(300).refine(
  (p) => {
    try {
      new RegExp(p, 'i');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a regular expression' },
);

export const ContactMethodSchema = z.enum(['phone', 'in-person', 'letter', 'home-visit', 'email', 'notice', 'other']);

export const ClnoKindSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).max(80),
    /** A CLNO is of this kind when its title matches one of these... */
    titlePatterns: z.array(Pattern).min(1),
    /** ...or its body matches one of these. */
    bodyPatterns: z.array(Pattern).optional(),
    /** The CLNO records a contact with the client ("successful") or an attempt that failed. */
    contact: z.enum(['successful', 'attempt']).optional(),
    /**
     * Words that, in the same sentence or clause as the match, say the thing was not done
     * ("Résumé workshop scheduled", "ALEXsys registration not completed - no show"): the note
     * is then not of this kind.
     */
    notDone: z.array(Pattern).optional(),
  })
  .strict();
export type ClnoKind = z.infer<typeof ClnoKindSchema>;

export const NarrationKindSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).max(80),
    /** A narration is of this kind when its text matches one of these. */
    patterns: z.array(Pattern).min(1),
    /** As for CLNO kinds: words in the same clause that say it did not happen ("no answer, left message"). */
    notDone: z.array(Pattern).optional(),
  })
  .strict();
export type NarrationKind = z.infer<typeof NarrationKindSchema>;

export const ContactMethodPatternSchema = z.object({ method: ContactMethodSchema, patterns: z.array(Pattern).min(1) }).strict();
export type ContactMethodPattern = z.infer<typeof ContactMethodPatternSchema>;

/** A written date: 11/24, 11/24/2026, 2026-11-24, Nov 24. */
const DATE = String.raw`(\d{1,2}/\d{1,2}(/\d{2,4})?|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})`;
/** Words after "EA" that make the note about scheduling, not the assessment itself. */
const NOT_HELD = String.raw`(?!\s*(appt|appointment|notice|sched|no[- ]?show|reschedul|missed))`;

/** Words after a release that say it is not signed yet. */
const NOT_SIGNED = String.raw`(?![^.]{0,40}\b(not|unsigned|declined|refused|pending|requested|for signature)\b)`;

/**
 * Words that say a thing did not happen (yet): negated, only planned, or failed. Kinds that
 * stand for a deed (a résumé written, a track review held) carry them; contact kinds do not,
 * since 003 §2 asks that every attempt to contact be documented.
 */
export const NOT_DONE = [
  String.raw`\bnot\b`, String.raw`\bn[o']t (yet|completed|done)\b`, String.raw`\bno[- ]?show(ed)?\b`, String.raw`\bpending\b`,
  String.raw`\b(scheduled|rescheduled|to be|will|plans? to|planned)\b`, String.raw`\b(declined|refused|cancell?ed|postponed|missed)\b`,
  String.raw`\bdid ?n[o']?t\b`, String.raw`\bfailed to\b`, String.raw`\bunable to\b`,
];
/** For check-ins and contacts that must have reached the person. */
export const NOT_REACHED = [...NOT_DONE, String.raw`\bno (answer|response)\b`, String.raw`\bleft (a )?(message|voice ?mail|vm)\b`, String.raw`\b(could not|couldn't|unable to) (reach|contact)\b`];

export const DEFAULT_CLNO_KINDS: ClnoKind[] = [
  {
    id: 'contact',
    label: 'Client contact',
    titlePatterns: [String.raw`\bcontact(ed)?\b`, String.raw`\bspoke (with|to)\b`, String.raw`\bmet with\b`, String.raw`\b(office|home|village|field) visit\b`, String.raw`\b(called|phoned) client\b`, String.raw`\bclient (called|came in)\b`],
    contact: 'successful',
  },
  {
    id: 'contact-attempt',
    label: 'Contact attempt (client not reached)',
    titlePatterns: [
      String.raw`\battempt(ed|s)?\b`, String.raw`\bno answer\b`, String.raw`\bno[- ]show\b`, String.raw`\bunable to (reach|contact|locate)\b`,
      String.raw`\bleft (a )?(message|voice ?mail|vm)\b`, String.raw`\b(did not|didn't|failed to) (answer|show|respond|attend|call back)\b`,
      String.raw`\bno response\b`, String.raw`\bnot (at )?home\b`, String.raw`\breturned mail\b`, String.raw`\bdisconnected\b`,
    ],
    contact: 'attempt',
  },
  {
    id: 'initial-contact',
    label: 'Initial contact after referral',
    titlePatterns: [String.raw`\binitial (contact|engagement)\b`, String.raw`\bcontact(ed)?\b.*\breferral\b`, String.raw`\breferral contact\b`],
    contact: 'successful',
  },
  {
    id: 'j016-notice',
    label: 'EIS notice J016 with an EA appointment',
    titlePatterns: [String.raw`\bJ-?016\b`],
    bodyPatterns: [String.raw`\bJ-?016\b`],
    contact: 'attempt',
  },
  {
    id: 'ea',
    label: 'Employability Assessment (EA CLNO)',
    titlePatterns: [String.raw`^\s*EA\b${NOT_HELD}`, String.raw`\bemployability assessment\b${NOT_HELD}`],
    contact: 'successful',
  },
  {
    id: 'monthly-contact-fssp-review',
    label: 'Meaningful monthly contact with FSSP review',
    titlePatterns: [String.raw`\b(I?FSSP) review(ed)?\b`, String.raw`\breview(ed)? (of )?(the )?I?FSSP\b`, String.raw`\bmonthly (contact|meeting)\b.*\bI?FSSP\b`],
    bodyPatterns: [
      String.raw`\b(review(ed|ing)?|discuss(ed)?|went over) (of )?(the |her |his |their )?I?FSSP\b`,
      String.raw`\bI?FSSP( steps| goals)? (was |were )?reviewed\b`,
    ],
    contact: 'successful',
  },
  {
    id: 'work-verification',
    label: 'Work verification (monthly hours)',
    titlePatterns: [String.raw`\bwork (activity )?verification\b`, String.raw`\bverif(y|ied|ication) (of )?(work|hours)\b`, String.raw`\bhours verified\b`],
  },
  {
    id: 'supportive-services',
    label: 'Supportive services',
    titlePatterns: [String.raw`\bsupport(ive)? services?\b`, String.raw`\bSS (auth|authorization|request)\b`, String.raw`\b(gas|fuel) (card|voucher)\b`, String.raw`\bbus (pass|tokens?)\b`, String.raw`\bvehicle repair\b`],
  },
  {
    id: 'supervisor-approval',
    label: 'Supervisor approval',
    titlePatterns: [String.raw`\bsupervisor(y)? approv(ed|al)\b(?![^.]{0,30}\b(pending|request(ed)?|denied|needed|required)\b)`, String.raw`\bapproved by (the )?supervisor\b`],
    bodyPatterns: [String.raw`\bsupervisor(y)?\b.{0,60}\bapproved\b`, String.raw`\bapproved by (the )?supervisor\b`],
  },
  {
    id: 'fssp-mailed',
    label: 'FSSP mailed for signature',
    titlePatterns: [String.raw`\bI?FSSP\b.*\bmail(ed)?\b`, String.raw`\bmail(ed)?\b.*\bI?FSSP\b`],
  },
  {
    id: 'fssp-due-back',
    label: 'Says when a mailed FSSP is due back',
    titlePatterns: [String.raw`\b(due back|return(ed)? by|due by|return date)\b\W{0,5}(on |by )?${DATE}`],
    bodyPatterns: [String.raw`\b(due back|return(ed)? by|due by|return date)\b\W{0,5}(on |by )?${DATE}`],
  },
  { id: 'exit-summary', label: 'Exit summary', titlePatterns: [String.raw`\bexit summ(ary)?\b`], notDone: NOT_DONE },
  { id: 'penalty', label: 'Penalty request', titlePatterns: [String.raw`\bpenalt(y|ies)\b`, String.raw`\bsanction\b`] },
  { id: 'good-cause', label: 'Good cause determination', titlePatterns: [String.raw`\bgood cause\b`], bodyPatterns: [String.raw`\bgood cause\b`] },
  {
    // 003 §18: "Ensure a signed ROI is in the hard file and documented in client notes."
    id: 'roi',
    label: 'Release of information (ROI) signed',
    titlePatterns: [
      String.raw`\b(ROI|release of info(rmation)?|(HIPAA|general|medical|MH|SA|agency)\s+release)\b${NOT_SIGNED}`,
      String.raw`\brelease (signed|obtained)\b`,
    ],
    bodyPatterns: [String.raw`\b(signed|obtained)\b.{0,40}\b(ROI|release of information|HIPAA release)\b`, String.raw`\b(ROI|release of information|HIPAA release)\b.{0,40}\bsigned\b`],
  },
  { id: 'exemption', label: 'Exemption', titlePatterns: [String.raw`\bexempt(ion|ions)?\b`] },
  { id: 'childcare', label: 'Childcare', titlePatterns: [String.raw`\bchild ?care\b`, String.raw`\bCCPO\b`] },
  { id: 'alexsys', label: 'ALEXsys registration', titlePatterns: [String.raw`\balexsys\b`], bodyPatterns: [String.raw`\bregist\w* (in|on|with) alexsys\b`], notDone: NOT_DONE },
  {
    id: 'resume',
    label: 'Résumé',
    titlePatterns: [String.raw`^\W*r[eé]sum[eé]s?(\W|$)`, String.raw`\br[eé]sum[eé]s?\s*([-:]|(completed|done|created|updated|written|developed|reviewed|on file))`, String.raw`\b(created|completed|updated|developed|wrote|reviewed)\b.{0,20}\br[eé]sum[eé]`],
    notDone: NOT_DONE,
  },
  { id: 'application', label: 'General application', titlePatterns: [String.raw`\bgeneral application\b`, String.raw`\b(master|job|employment) application\b`], notDone: NOT_DONE },
  { id: 'budget', label: 'Budget', titlePatterns: [String.raw`\bbudget(ing)?\b`], notDone: NOT_DONE },
  { id: 'family-network', label: 'Family Network', titlePatterns: [String.raw`\bfamily network\b`], notDone: NOT_DONE },
  { id: 'family-support-team', label: 'Family Support Team', titlePatterns: [String.raw`\bfamily support team\b`, String.raw`\bFST\b`], notDone: NOT_DONE },
  { id: 'weekly-calendar', label: 'Weekly Calendar of Routines', titlePatterns: [String.raw`\bweekly calendar\b`, String.raw`\bcalendar of routines\b`], notDone: NOT_DONE },
  { id: 'track-review', label: 'Monthly track review', titlePatterns: [String.raw`\btrack review\b`, String.raw`\breview(ed)? (for )?track\b`, String.raw`\bready for work first\b`], notDone: NOT_DONE },
  { id: 'post-ta', label: 'Post-TA services', titlePatterns: [String.raw`\bpost[- ]?TA\b`, String.raw`\bpost[- ]temporary assistance\b`, String.raw`\bjob retention\b`], notDone: NOT_DONE },
];

export const DEFAULT_CONTACT_METHODS: ContactMethodPattern[] = [
  { method: 'home-visit', patterns: [String.raw`\b(home|village|field) visit\b`] },
  { method: 'in-person', patterns: [String.raw`\bin[- ]person\b`, String.raw`\boffice (visit|appointment)\b`, String.raw`\bmet (with )?(the )?client\b`, String.raw`\bmet with\b`, String.raw`\bwalk[- ]?in\b`, String.raw`\bface[- ]to[- ]face\b`] },
  { method: 'phone', patterns: [String.raw`\b(tele)?phone(d)?\b`, String.raw`\bcall(ed|s|ing)?\b`, String.raw`\bvoice ?mail\b`, String.raw`\bVM\b`, String.raw`\bno answer\b`] },
  { method: 'letter', patterns: [String.raw`\bletter\b`, String.raw`\bmail(ed|ing)?\b`, String.raw`\breturned mail\b`] },
  { method: 'notice', patterns: [String.raw`\bJ-?016\b`, String.raw`\bnotice\b`] },
  { method: 'email', patterns: [String.raw`\be-?mail(ed)?\b`] },
  { method: 'other', patterns: [String.raw`\btext(ed)?( message)?\b`, String.raw`\bsocial media\b`] },
];

export const DEFAULT_NARRATION_KINDS: NarrationKind[] = [
  {
    id: 'retention-check-in',
    label: 'Retention check-in (Post-TANF)',
    patterns: [String.raw`\bretention\b`, String.raw`\bcheck(ed)?[- ]?in\b`, String.raw`\bpost[- ]?TANF (contact|check)`],
    notDone: NOT_REACHED,
  },
  {
    id: 'plan-unsigned-reason',
    label: 'Why the case plan is unsigned',
    patterns: [
      String.raw`\b(did not|didn't|does not|doesn't|would not|wouldn't|will not|won't|refused to|declined to|unable to|could not|couldn't) sign\b.{0,120}\b(because|due to|since|reason|stated|said|wants?|disagree\w*)\b`,
      String.raw`\b(unsigned|not signed)\b.{0,120}\b(because|due to|since|reason|stated|said|disagree\w*)\b`,
      String.raw`\breason\b.{0,60}\b(not sign\w*|unsigned)\b`,
    ],
  },
  {
    id: 'plan-explained',
    label: 'The case plan was explained',
    patterns: [String.raw`\bexplain(ed|s)?\b`, String.raw`\bexplanation\b`, String.raw`\bwent over the (case )?plan\b`, String.raw`\breviewed the (case )?plan with\b`],
  },
];
