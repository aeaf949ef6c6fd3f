import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { summarySelect, toSummary, type RecordSummary } from './record-shapes';
import { relatedTo, type Page } from './record-list';
import { visible } from './records';
import { fromDbType, toDbType } from './record-types';

export interface TimelineQuery {
  types?: RecordTypeName[];
  organisation?: string;
  initiative?: string;
  year?: number;
  page: number;
  pageSize: number;
}

export type TimelineScope = Omit<TimelineQuery, 'year' | 'page' | 'pageSize'>;

const defaultTypes: RecordTypeName[] = ['statement', 'conference', 'initiative', 'source'];

function timelineWhere(query: TimelineScope & { year?: number }): Prisma.RecordWhereInput {
  const types = query.types?.length ? query.types : defaultTypes;
  return {
    AND: [
      { ...visible, date: { not: null }, type: { in: types.map(toDbType) } },
      ...(query.organisation ? [relatedTo('organisation', query.organisation)] : []),
      ...(query.initiative ? [relatedTo('initiative', query.initiative)] : []),
      ...(query.year !== undefined ? [{ date: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } }] : []),
    ],
  };
}

/** Every dated, published record on one axis, oldest first, narrowed by type, organisation, initiative, year. */
export const listTimeline = cached('timeline', async (query: TimelineQuery): Promise<Page<RecordSummary>> => {
  const where = timelineWhere(query);
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

export interface YearCount {
  year: number;
  counts: Partial<Record<RecordTypeName, number>>;
}

/**
 * Dated records per year and type under the same filters as the list (every year, whatever
 * year is picked), oldest first: the timeline's chart. Grouped by date in the database, summed
 * by year here (Prisma cannot group by an expression).
 */
export const countTimelineByYear = cached('timeline-years', async (scope: TimelineScope): Promise<YearCount[]> => {
  const rows = await db().record.groupBy({ by: ['type', 'date'], where: timelineWhere(scope), _count: { _all: true } });
  const years = new Map<number, YearCount>();
  for (const row of rows) {
    if (!row.date) continue;
    const year = row.date.getUTCFullYear();
    const entry = years.get(year) ?? { year, counts: {} };
    const type = fromDbType(row.type);
    entry.counts[type] = (entry.counts[type] ?? 0) + row._count._all;
    years.set(year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
});
