import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import { defaultSort, type ListQuery, type RelationFilter, type Sort } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { summarySelect, toSummary, type RecordSummary } from './record-shapes';
import { visible } from './records';
import { toDbType } from './record-types';
import { linkedTo } from './related';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Records linked to the published record `slug` of `type`. */
export function relatedTo(type: RelationFilter, slug: string): Prisma.RecordWhereInput {
  return linkedTo({ ...visible, type: toDbType(type), slug });
}

export function listWhere(type: RecordTypeName, query: Partial<ListQuery>): Prisma.RecordWhereInput {
  const and: Prisma.RecordWhereInput[] = [{ ...visible, type: toDbType(type) }];
  for (const filter of ['organisation', 'person', 'country', 'initiative', 'conference'] as const) {
    const slug = query[filter];
    if (slug) and.push(relatedTo(filter, slug));
  }
  if (query.kind) {
    const kind = query.kind as never;
    if (type === 'organisation') and.push({ organisation: { kind } });
    if (type === 'conference') and.push({ conference: { kind } });
    if (type === 'initiative') and.push({ initiative: { kind } });
    if (type === 'source') and.push({ source: { kind } });
  }
  if (query.status) and.push({ initiative: { status: query.status } });
  if (query.year) {
    and.push({ date: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } });
  }
  if (query.lang) and.push({ originalLocale: query.lang });
  return { AND: and };
}

export { defaultSort } from '@/lib/validation/list-query';

function orderBy(sort: Sort, locale: Locale): Prisma.RecordOrderByWithRelationInput[] {
  const byName = { [locale === 'ru' ? 'sortNameRu' : 'sortNameEn']: 'asc' } as Prisma.RecordOrderByWithRelationInput;
  if (sort === 'name') return [byName, { slug: 'asc' }];
  const direction = sort === 'date-asc' ? 'asc' : 'desc';
  return [{ date: { sort: direction, nulls: 'last' } }, byName, { slug: 'asc' }];
}

/** One page of a list, with the total for its filters. */
export const listRecords = cached(
  'list',
  async (type: RecordTypeName, query: ListQuery, locale: Locale): Promise<Page<RecordSummary>> => {
    const where = listWhere(type, query);
    const [rows, total] = await Promise.all([
      db().record.findMany({
        where,
        select: summarySelect,
        orderBy: orderBy(query.sort ?? defaultSort(type), locale),
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      db().record.count({ where }),
    ]);
    return { items: rows.map(toSummary), page: query.page, pageSize: query.pageSize, total };
  },
);
