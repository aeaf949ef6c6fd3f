import { z } from 'zod';
import type { RecordType } from '@/lib/generated/prisma/enums';

/**
 * Resumption tokens carry the whole position of a list, so the repository keeps no state and a
 * harvest survives restarts: the request's set and date range (with `until` fixed at the first
 * request, so a harvest ends even while editors publish), and the last (datestamp, record id)
 * sent. The list is ordered by that pair, so a page never repeats or skips an unchanged record,
 * however the ones before it change. Tokens never expire.
 */
const recordTypes = ['STATEMENT', 'CONFERENCE', 'ORGANISATION', 'INITIATIVE', 'PERSON', 'SOURCE', 'COUNTRY'] as const satisfies readonly RecordType[];

const tokenSchema = z
  .object({
    v: z.literal(1),
    verb: z.enum(['ListIdentifiers', 'ListRecords']),
    type: z.enum(recordTypes).nullable(),
    from: z.number().int().nonnegative().nullable(),
    until: z.number().int().nonnegative(),
    after: z.object({ at: z.number().int().nonnegative(), id: z.uuid() }),
    cursor: z.number().int().nonnegative(),
    size: z.number().int().nonnegative(),
  })
  .strict();

export type ResumptionState = z.infer<typeof tokenSchema>;

export function encodeToken(state: ResumptionState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeToken(token: string, verb: ResumptionState['verb']): ResumptionState | null {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(token)) return null;
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.verb === verb ? parsed.data : null;
  } catch {
    return null;
  }
}
