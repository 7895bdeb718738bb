/** The format of a rule's examples (run by lib/rules/rule-examples.ts). */
import { z } from 'zod';
import { IsoDateSchema } from '../facts/case-facts';

export const EXAMPLE_STATUSES = ['done', 'done-late', 'overdue', 'due-soon', 'open', 'unknown', 'action-needed', 'to-confirm', 'none'] as const;

export const RuleExampleSchema = z
  .object({
    name: z.string().min(3).max(200),
    asOf: IsoDateSchema,
    /** Case facts as the screens showed them (jurisdiction required; the case number is filled in). */
    facts: z.record(z.string(), z.unknown()),
    /** Fact paths a screen showed blank (a field present but empty). */
    shownBlank: z.array(z.string().min(1)).max(50).default([]),
    expect: z
      .object({
        /** The checklist status; "none" when the rule makes no checklist item (does not apply). */
        status: z.enum(EXAMPLE_STATUSES).optional(),
        due: IsoDateSchema.optional(),
        finding: z.boolean().optional(),
      })
      .strict()
      .refine((e) => e.status !== undefined || e.due !== undefined || e.finding !== undefined, { message: 'expects nothing: give a status, a due date or finding' }),
  })
  .strict();
export type RuleExample = z.infer<typeof RuleExampleSchema>;

