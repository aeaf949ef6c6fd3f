import 'server-only';
import { db } from '@/lib/db/client';
import type { RecordType } from '@/lib/generated/prisma/enums';

export type RecordCounts = Record<RecordType, number>;

/** Published, not deleted, records per type: what the home page says the knowledge base holds. */
export async function countPublishedRecords(): Promise<RecordCounts> {
  const rows = await db().record.groupBy({
    by: ['type'],
    where: { state: 'PUBLISHED', deletedAt: null, synthetic: false },
    _count: { _all: true },
  });
  const counts = {
    STATEMENT: 0, CONFERENCE: 0, ORGANISATION: 0, INITIATIVE: 0, PERSON: 0, SOURCE: 0, COUNTRY: 0,
  } satisfies RecordCounts;
  for (const row of rows) counts[row.type] = row._count._all;
  return counts;
}
