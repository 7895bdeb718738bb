/**
 * Built-in screen profiles, one JSON file each (file name = id), grouped by system. The
 * conventions test fails when a file in this folder is not listed here.
 */
import type { ScreenProfileInput } from '../screen/profile-schema';
// Oregon TRACS (24x80 green screens in a frameset)
import orTracsCasePlan from './or-tracs-case-plan.json' with { type: 'json' };
import orTracsCaseSummary from './or-tracs-case-summary.json' with { type: 'json' };
import orTracsNarration from './or-tracs-narration.json' with { type: 'json' };
// Oregon TRACS on Debian's s3270 (a real 3270 emulator's web page over the demo TN3270 host)
import orTracs3270Caseload from './or-tracs3270-caseload.json' with { type: 'json' };
import orTracs3270Members from './or-tracs3270-members.json' with { type: 'json' };
// Alaska EIS (web terminal emulator, repaints in place)
import akEisReferral from './ak-eis-referral.json' with { type: 'json' };
import akEisNotices from './ak-eis-notices.json' with { type: 'json' };
import akEisStatus from './ak-eis-status.json' with { type: 'json' };
// Alaska CMS (frameset: case header frame + screen frame; table forms with generated ids)
import akCmsClnoEntry from './ak-cms-clno-entry.json' with { type: 'json' };
import akCmsCaseNotes from './ak-cms-case-notes.json' with { type: 'json' };
import akCmsCaseload from './ak-cms-caseload.json' with { type: 'json' };
import akCmsClnoList from './ak-cms-clno-list.json' with { type: 'json' };
import akCmsFamiliesFirst from './ak-cms-families-first.json' with { type: 'json' };
import akCmsFssp from './ak-cms-fssp.json' with { type: 'json' };
import akCmsHeader from './ak-cms-header.json' with { type: 'json' };
import akCmsMessages from './ak-cms-messages.json' with { type: 'json' };
import akCmsPenalties from './ak-cms-penalties.json' with { type: 'json' };
import akCmsSupportiveServices from './ak-cms-supportive-services.json' with { type: 'json' };
import akCmsWorkActivity from './ak-cms-work-activity.json' with { type: 'json' };
// Maine ASPIRE (label/value tables)
import meAspireFamilyContract from './me-aspire-family-contract.json' with { type: 'json' };
import meAspireParticipant from './me-aspire-participant.json' with { type: 'json' };

export const BUILT_IN_PROFILES: readonly ScreenProfileInput[] = [
  orTracsCaseSummary,
  orTracsCasePlan,
  orTracsNarration,
  orTracs3270Caseload,
  orTracs3270Members,
  akEisReferral,
  akEisStatus,
  akEisNotices,
  akCmsHeader,
  akCmsFssp,
  akCmsClnoList,
  akCmsClnoEntry,
  akCmsWorkActivity,
  akCmsSupportiveServices,
  akCmsPenalties,
  akCmsMessages,
  akCmsFamiliesFirst,
  akCmsCaseNotes,
  akCmsCaseload,
  meAspireParticipant,
  meAspireFamilyContract,
] as unknown as ScreenProfileInput[];
