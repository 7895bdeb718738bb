/**
 * Built-in narration templates, one JSON file each (file name = id), grouped by jurisdiction.
 * The conventions test (test/unit/narration/templates-conventions.test.ts) fails when a file
 * in this folder is not listed here, does not validate, lacks a citation or a test.
 */
import { NarrationTemplateSchema, type NarrationTemplate, type NarrationTemplateInput } from '../narration/template-schema';
// Oregon TRACS narration (policy 000 TCM and retention; 004 case plan documentation)
import orTcmService from './or-tcm-service.json' with { type: 'json' };
import orCasePlanDeveloped from './or-case-plan-developed.json' with { type: 'json' };
import orCasePlanUnsigned from './or-case-plan-unsigned.json' with { type: 'json' };
import orReEngagement from './or-re-engagement.json' with { type: 'json' };
import orRetentionCheckIn from './or-retention-check-in.json' with { type: 'json' };
// Alaska CMS client notes (policy 003: CLNO titles and headings, FSSPs, penalties, exits)
import akEaClno from './ak-ea-clno.json' with { type: 'json' };
import akContactClno from './ak-contact-clno.json' with { type: 'json' };
import akMonthlyContactFssp from './ak-monthly-contact-fssp.json' with { type: 'json' };
import akWorkVerification from './ak-work-verification.json' with { type: 'json' };
import akSupportiveServices from './ak-supportive-services.json' with { type: 'json' };
import akFsspMailed from './ak-fssp-mailed.json' with { type: 'json' };
import akFsspField from './ak-fssp-field.json' with { type: 'json' };
import akExitSummary from './ak-exit-summary.json' with { type: 'json' };
import akPenaltyRequest from './ak-penalty-request.json' with { type: 'json' };
// Alaska CMS case notes (policy 003 §13: permitted CANO types, "E" alert)
import akCano from './ak-cano.json' with { type: 'json' };
// Maine ASPIRE (policy 002 § II)
import meFamilyContractAmendment from './me-family-contract-amendment.json' with { type: 'json' };

export const BUILT_IN_TEMPLATES: readonly NarrationTemplateInput[] = [
  orTcmService,
  orCasePlanDeveloped,
  orCasePlanUnsigned,
  orReEngagement,
  orRetentionCheckIn,
  akEaClno,
  akContactClno,
  akMonthlyContactFssp,
  akWorkVerification,
  akSupportiveServices,
  akFsspMailed,
  akFsspField,
  akExitSummary,
  akPenaltyRequest,
  akCano,
  meFamilyContractAmendment,
] as unknown as NarrationTemplateInput[];

let cached: NarrationTemplate[] | undefined;

/** The built-in templates, validated once; throws on a broken file (a bug for the tests to catch). */
export function builtInTemplates(): NarrationTemplate[] {
  cached ??= BUILT_IN_TEMPLATES.map((t) => NarrationTemplateSchema.parse(t));
  return cached;
}
