/** An ISO calendar date in zod, shared by every fact schema (described so fact-paths knows a date). */
import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'is not a calendar date (YYYY-MM-DD)' })
  .describe('iso-date');
