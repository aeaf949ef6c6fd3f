import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { summarySelect, toSummary, type RecordSummary } from './record-shapes';
import { relatedTo, type Page } from './record-list';
import { visible } from './records';
import { toDbType } from './record-types';

export interface TimelineQuery {
  types?: RecordTypeName[];
  organisation?: string;
  initiative?: string;
  page: number;
  pageSize: number;
}

/** Every dated, published record on one axis, oldest first, narrowed by type, organisation, initiative. */
export const listTimeline = cached('timeline', async (query: TimelineQuery): Promise<Page<RecordSummary>> => {
  const types = query.types?.length ? query.types : (['statement', 'conference', 'initiative', 'source'] as RecordTypeName[]);
  const where: Prisma.RecordWhereInput = {
    AND: [
      { ...visible, date: { not: null }, type: { in: types.map(toDbType) } },
      ...(query.organisation ? [relatedTo('organisation', query.organisation)] : []),
      ...(query.initiative ? [relatedTo('initiative', query.initiative)] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db().record.findMany({
      where,
      select: summarySelect,
      orderBy: [{ date: 'asc' }, { sortNameEn: 'asc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().record.count({ where }),
  ]);
  return { items: rows.map(toSummary), page: query.page, pageSize: query.pageSize, total };
});
