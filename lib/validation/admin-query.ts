import { z } from 'zod';
import { localeSchema } from './common';
import { recordTypeNames } from './records';

/**
 * The editors' list filters from the query string. Lenient like the public lists: a value that
 * makes no sense is dropped (the page says nothing was filtered by it), never an error page.
 */
const page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);
const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const adminListQuerySchema = z.object({
  state: z.preprocess(one, z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']).optional().catch(undefined)),
  q: z.preprocess(one, z.string().trim().max(200).optional().catch(undefined)),
  deleted: z.preprocess(one, z.literal('1').optional().catch(undefined)),
  page: z.preprocess(one, page),
});

export const queueQuerySchema = z.object({
  type: z.preprocess(one, z.enum(recordTypeNames).optional().catch(undefined)),
  lang: z.preprocess(one, localeSchema.optional().catch(undefined)),
  page: z.preprocess(one, page),
});

export const pageQuerySchema = z.object({ page: z.preprocess(one, page) });

export const compareQuerySchema = z.object({
  from: z.preprocess(one, z.coerce.number().int().min(1).optional().catch(undefined)),
  to: z.preprocess(one, z.coerce.number().int().min(1).optional().catch(undefined)),
});
