import 'server-only';
import { db } from '@/lib/db/client';
import { filtersByType, relationFilters, type RelationFilter } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { refSelect, toRef, type RecordRef } from './record-shapes';
import { visible } from './records';
import { toDbType } from './record-types';
import { linkedTo } from './related';

export interface FilterOptions {
  related: Partial<Record<RelationFilter, RecordRef[]>>;
  years: number[];
}

/** The choices a list's filters offer: only records and years that narrow it to something. */
export const getFilterOptions = cached('filter-options', async (type: RecordTypeName): Promise<FilterOptions> => {
  const dbType = toDbType(type);
  const mine = { ...visible, type: dbType };
  const wanted = relationFilters.filter((filter) => (filtersByType[type] as readonly string[]).includes(filter));
  const related: FilterOptions['related'] = {};
  for (const filter of wanted) {
    const rows = await db().record.findMany({
      where: { ...visible, type: toDbType(filter), ...linkedTo(mine) },
      select: refSelect,
      orderBy: { sortNameEn: 'asc' },
    });
    related[filter] = rows.map(toRef);
  }
  const years = (filtersByType[type] as readonly string[]).includes('year')
    ? (
        await db().$queryRaw<{ year: number }[]>`
          SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS year FROM "Record"
          WHERE "type" = ${dbType}::"RecordType" AND "state" = 'PUBLISHED' AND "deletedAt" IS NULL AND "date" IS NOT NULL
          ORDER BY year DESC`
      ).map((row) => row.year)
    : [];
  return { related, years };
});
