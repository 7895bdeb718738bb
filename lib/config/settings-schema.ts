/**
 * What an agency (or a worker) can configure without code. Stored in extension storage,
 * imported/exported as JSON, and overridden by enterprise policy (storage.managed).
 */
import { z } from 'zod';
import { IsoDateSchema } from '../facts/case-facts';
import {
  ClnoKindSchema,
  ContactMethodPatternSchema,
  DEFAULT_CLNO_KINDS,
  DEFAULT_CONTACT_METHODS,
  DEFAULT_NARRATION_KINDS,
  NarrationKindSchema,
} from './clno-kinds';

export const SETTINGS_SCHEMA_VERSION = 1;

/**
 * TCM-eligible services. Policy 000 says "a service listed above" but the list was lost when the
 * page was captured, so the list is configuration; the default follows the services the policy
 * names in its examples and the usual case-management components (see docs/rules.md).
 */
export const TcmServiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1).max(80),
    /** Service codes as screens show them (TRACS service activity). */
    codes: z.array(z.string().min(1).max(12)).min(1),
    /** TRACS narration naming the service (000, TCM step 1.b). */
    narration: z.string().min(1).max(200),
    /** Words that show a narration names this service. */
    keywords: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type TcmService = z.infer<typeof TcmServiceSchema>;

export const DEFAULT_TCM_SERVICES: TcmService[] = [
  {
    id: 'case-plan',
    label: 'Case plan development or update',
    codes: ['CPDEV', 'CPUPD'],
    narration: 'TANF family coach developed case plan with participant.',
    keywords: ['case plan'],
  },
  {
    id: 'assessment',
    label: 'Assessment',
    codes: ['ASSMT'],
    narration: 'TANF family coach completed assessment with participant.',
    keywords: ['assessment', 'assessed'],
  },
  {
    id: 'sud-mh-screening',
    label: 'Screening for SUD/MH',
    codes: ['SUDMH', 'SCRN'],
    narration: 'TANF family coach screened for SUD/MH.',
    keywords: ['screened', 'screening'],
  },
  {
    id: 'referral',
    label: 'Referral and related activities',
    codes: ['REFER'],
    narration: 'TANF family coach made referral and related activities with participant.',
    keywords: ['referral', 'referred'],
  },
  {
    id: 'monitoring',
    label: 'Monitoring and follow-up',
    codes: ['MONFU'],
    narration: 'TANF family coach completed monitoring and follow-up with participant.',
    keywords: ['monitoring', 'follow-up', 'follow up'],
  },
];

const Zone = z.string().min(1).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not an IANA time zone' },
);

/** A match pattern of an agency host (https://host/*, optionally with a port). */
const HostPattern = z
  .string()
  .max(200)
  .regex(/^(https?|\*):\/\/(\*|(\*\.)?[^/*:]+)(:\d{1,5})?\/.*$/, { message: 'is not a match pattern like https://host/*' });

const perJurisdiction = <T extends z.ZodType>(t: T) => z.object({ OR: t, AK: t, ME: t }).strict();

export const SettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
    tcmServices: z.array(TcmServiceSchema).min(1).default(DEFAULT_TCM_SERVICES),
    /** Look-back for TCM services that need the flag (days before today). */
    tcmLookbackDays: z.number().int().min(1).max(366).default(31),
    timeZones: perJurisdiction(Zone).default({ OR: 'America/Los_Angeles', AK: 'America/Anchorage', ME: 'America/New_York' }),
    calendars: perJurisdiction(z.string()).default({ OR: 'oregon', AK: 'alaska', ME: 'us-federal' }),
    closures: perJurisdiction(z.array(IsoDateSchema)).default({ OR: [], AK: [], ME: [] }),
    dueSoonBusinessDays: z.number().int().min(0).max(30).default(3),
    /** Cases not seen for this many days are purged. */
    retentionDays: z.number().int().min(1).max(3650).default(90),
    narrationHistoryDays: z.number().int().min(0).max(3650).default(30),
    rmssHistoryDays: z.number().int().min(0).max(3650).default(400),
    reminders: z
      .object({ enabled: z.boolean().default(false), dailyAt: z.string().regex(/^\d{2}:\d{2}$/).default('08:00') })
      .strict()
      .default({ enabled: false, dailyAt: '08:00' }),
    /** Match patterns of the agency's legacy hosts, e.g. "https://tracs.example.gov/*". */
    agencyHosts: z.array(HostPattern).max(100).default([]),
    /**
     * Which of the agency's hosts each legacy system's screen profiles read, by system name as
     * profiles give it (TRACS, CMS, EIS, ASPIRE), e.g. { "TRACS": ["https://tracs.example.gov/*"] }.
     * Binds the built-in profiles (otherwise bound to the demo system only) to the agency's hosts.
     */
    systemHosts: z.record(z.string().min(1).max(40), z.array(HostPattern).max(50)).default({}),
    /**
     * The agency's policy manual pages (match patterns, e.g. "https://manuals.example.gov/ssp/*"):
     * when a worker opens one, CaseLens compares it with the citations in force (policy watch).
     * Each needs its host permission granted, like the agency's hosts.
     */
    policyManualUrls: z.array(HostPattern).max(50).default([]),
    disabledRules: z.array(z.string()).default([]),
    /**
     * Show the household name the screens gave beside each case in the caseload. Switch off on
     * shared or projected screens, where case numbers alone are less revealing.
     */
    showHouseholdNames: z.boolean().default(true),
    /** CLNO titles too vague to be "very specific" (003 §6). */
    vagueClnoTitles: z.array(z.string()).default(['CONTACT', 'NOTE', 'CASE NOTE', 'UPDATE', 'MISC', 'FOLLOW UP', 'CLIENT CONTACT', 'PHONE CALL']),
    /** What a CLNO is about, from its title and body (lib/config/clno-kinds.ts; Alaska rules). */
    clnoKinds: z.array(ClnoKindSchema).default(DEFAULT_CLNO_KINDS),
    /** How a contact recorded in a CLNO was made (phone, letter, home visit...), from its words. */
    contactMethods: z.array(ContactMethodPatternSchema).default(DEFAULT_CONTACT_METHODS),
    /** What a TRACS narration is about (Oregon rules: retention check-ins, unsigned plans). */
    narrationKinds: z.array(NarrationKindSchema).default(DEFAULT_NARRATION_KINDS),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
