/**
 * A policy pack: the policy side of what screen profiles are for screens. One JSON file an
 * agency imports in Settings or pushes by enterprise policy, holding rules, narration
 * templates, holiday calendars and closures, the TCM-eligible services and RMSS surveys, each
 * unit cited (file or URL, section, release, effective date). A unit replaces the built-in unit
 * with the same id, or adds a new one; the built-ins stay underneath.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../facts/case-facts';
import { TcmServiceSchema } from '../config/settings-schema';

export const POLICY_PACK_KIND = 'caselens-policy-pack';
export const POLICY_PACK_SCHEMA_VERSION = 1;

const closures = z.object({ OR: z.array(IsoDateSchema), AK: z.array(IsoDateSchema), ME: z.array(IsoDateSchema) }).partial().strict();

/** Units stay `unknown` here: each is validated on its own so a problem names the unit. */
export const PolicyPackSchema = z
  .object({
    kind: z.literal(POLICY_PACK_KIND),
    schemaVersion: z.literal(POLICY_PACK_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' }),
    title: z.string().min(3).max(120),
    agency: z.string().max(120).optional(),
    /** When the agency published this pack. */
    published: IsoDateSchema,
    rules: z.array(z.unknown()).max(500).default([]),
    templates: z.array(z.unknown()).max(200).default([]),
    calendars: z.array(z.unknown()).max(20).default([]),
    /** Agency closure days per state, added to the settings' own. */
    closures: closures.optional(),
    /** Replaces the default TCM-eligible services (below the worker's and enterprise settings). */
    tcmServices: z.array(TcmServiceSchema).min(1).optional(),
    surveys: z.array(z.unknown()).max(20).default([]),
  })
  .strict();
export type PolicyPackFile = z.infer<typeof PolicyPackSchema>;
