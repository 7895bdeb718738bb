/**
 * Citations for lint rules that are not a template's own: CLNO titles, privacy, medical
 * releases, TCM narration. Quotes are copied exactly from ../shared/policy (checked by the
 * conventions test). Where a policy text is silent, the note says what CaseLens decided.
 */
import type { Jurisdiction } from '../facts/case-facts';
import type { Citation } from '../policy/citation';

export const CLNO_TITLE_CITATION: Citation = {
  policy: '003',
  section: 'All staff §6 CLNOs (specific titles)',
  quote: 'CLNO titles are to be very specific, indicating what they relate to.',
  note: 'Titles in settings.vagueClnoTitles, titles made only of generic words, and titles under three words are flagged.',
};

export const CLNO_HEADINGS_CITATION: Citation = {
  policy: '003',
  section: 'All staff §6 CLNOs (standardized titles and headings)',
  quote: 'CLNOs are to be formatted using the standardized titles and headings.',
};

export const TCM_NARRATION_CITATION: Citation = {
  policy: '000',
  section: 'Targeted Case Management (TCM), step 1.b',
  quote: 'Narrate which of the TCM-eligible services listed above were provided by a TANF family coach.',
  note: 'A narration names a service when it contains one of the service keywords in settings.tcmServices.',
};

/** Client identifiers (SSN, birth date) in a note that does not call for them. */
export const PRIVACY_CITATION: Record<Jurisdiction, Citation> = {
  AK: {
    policy: '003',
    section: 'All staff §6 CLNOs (detailed, concise, factual)',
    quote: "CLNOs will be detailed and concise; factual, and related to the client's self sufficiency.",
    note: 'The policy has no explicit rule on identifiers in notes; CaseLens keeps SSNs and birth dates out of notes that do not call for them, since the case header already identifies the client.',
  },
  OR: {
    policy: '004',
    section: '§10 Brokering (release of information)',
    quote: 'Discuss release of information with the client and obtain their permission before sharing information, if this applies.',
    note: 'The Oregon texts have no explicit rule on identifiers in narration; CaseLens keeps SSNs and birth dates out of TRACS narration, which partners may read.',
  },
  ME: {
    policy: '002',
    section: '§ II Function 12: confidentiality',
    quote: 'Maintaining participant confidentiality at all times.',
  },
};

/** Medical information without a release on file. */
export const MEDICAL_RELEASE_CITATION: Record<Jurisdiction, Citation> = {
  AK: {
    policy: '003',
    section: 'All staff §18 Releases of Information (HIPAA release)',
    quote: 'A HIPAA release is needed for any client that we receive or release medical information on.',
    note: 'The release is the case fact releases.medical. The list of medical words is configurable (lib/narration/medical-terms.ts).',
  },
  OR: {
    policy: '004',
    section: '§10 Brokering (release of information)',
    quote: 'Discuss release of information with the client and obtain their permission before sharing information, if this applies.',
    note: 'Oregon has no HIPAA wording in these texts. CaseLens accepts releases.medical, else the TRACS case plan "release of information on file" (casePlan.releaseOnFile), as the release.',
  },
  ME: {
    policy: '002',
    section: '§ II Function 12: confidentiality',
    quote: 'Maintaining participant confidentiality at all times.',
    note: 'The release is the case fact releases.medical; no Maine screen shows it yet.',
  },
};
