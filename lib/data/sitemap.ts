import 'server-only';
import { db } from '@/lib/db/client';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { visible } from './records';
import { fromDbType, toDbType } from './record-types';

export interface SitemapRecord {
  type: RecordTypeName;
  slug: string;
  updatedAt: string;
}

/** Every published record of the given types, for the sitemap: type, slug and last change. */
export const listSitemapRecords = cached('sitemap', async (types: RecordTypeName[]): Promise<SitemapRecord[]> => {
  const rows = await db().record.findMany({
    where: { ...visible, type: { in: types.map(toDbType) } },
    select: { type: true, slug: true, updatedAt: true },
    orderBy: [{ type: 'asc' }, { slug: 'asc' }],
  });
  return rows.map((row) => ({ type: fromDbType(row.type), slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
});
