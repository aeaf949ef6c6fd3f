import 'server-only';
import { db } from '@/lib/db/client';
import { cached } from './cache';
import { refSelect, toRef, type RecordRef } from './record-shapes';
import { visible } from './records';

/**
 * The initiatives the knowledge base says most about: ranked by how many links point at them
 * (statements and conferences concerning them, participants, bodies guided by them). Prisma
 * cannot filter a relation count in orderBy, so links from unpublished records count too.
 */
export const listMainInitiatives = cached('main-initiatives', async (limit: number): Promise<RecordRef[]> => {
  const rows = await db().record.findMany({
    where: { ...visible, type: 'INITIATIVE' },
    select: refSelect,
    orderBy: [{ linksTo: { _count: 'desc' } }, { sortNameEn: 'asc' }, { slug: 'asc' }],
    take: limit,
  });
  return rows.map(toRef);
});
