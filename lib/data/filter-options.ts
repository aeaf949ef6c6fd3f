import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db/client';
import { filtersByType, relationFilters, type RelationFilter } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached } from './cache';
import { refSelect, toRef, type RecordRef } from './record-shapes';
import { toDbType } from './record-types';

export interface FilterOptions {
  related: Partial<Record<RelationFilter, RecordRef[]>>;
  /** Filters offering only the records most linked to the list (there are more). */
  capped: RelationFilter[];
  years: number[];
}

/**
 * A relation filter offers at most this many records: a select of thousands cannot be used, and
 * with the 100,000-record corpus it made a list page 5 MB. Past it, the records linked to most
 * of the list's records; the others are a search or their own page away.
 */
export const FILTER_CHOICES_LIMIT = 100;

/**
 * Ids of the published records of type `filter` linked (either way, or through a position) to the
 * most published records of type `type`: all of them when there are no more than the limit.
 */
async function mostLinked(type: RecordTypeName, filter: RelationFilter): Promise<{ ids: string[]; capped: boolean }> {
  const rows = await db().$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH mine AS (
      SELECT "id" FROM "Record" WHERE "type" = ${toDbType(type)}::"RecordType" AND "state" = 'PUBLISHED' AND "deletedAt" IS NULL
    ), other AS (
      SELECT l."toId" AS id FROM "Link" l JOIN mine ON mine.id = l."fromId"
      UNION ALL SELECT l."fromId" FROM "Link" l JOIN mine ON mine.id = l."toId"
      UNION ALL SELECT p."organisationId" FROM "Position" p JOIN mine ON mine.id = p."personId"
      UNION ALL SELECT p."personId" FROM "Position" p JOIN mine ON mine.id = p."organisationId"
    )
    SELECT r."id"::text AS id FROM other JOIN "Record" r ON r."id" = other.id
    WHERE r."type" = ${toDbType(filter)}::"RecordType" AND r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL
    GROUP BY r."id" ORDER BY count(*) DESC, r."id"
    LIMIT ${FILTER_CHOICES_LIMIT + 1}`);
  return { ids: rows.slice(0, FILTER_CHOICES_LIMIT).map((row) => row.id), capped: rows.length > FILTER_CHOICES_LIMIT };
}

/** The choices a list's filters offer: only records and years that narrow it to something. */
export const getFilterOptions = cached('filter-options', async (type: RecordTypeName): Promise<FilterOptions> => {
  const dbType = toDbType(type);
  const wanted = relationFilters.filter((filter) => (filtersByType[type] as readonly string[]).includes(filter));
  const related: FilterOptions['related'] = {};
  const capped: RelationFilter[] = [];
  for (const filter of wanted) {
    const most = await mostLinked(type, filter);
    const rows = await db().record.findMany({
      where: { id: { in: most.ids } },
      select: refSelect,
      orderBy: { sortNameEn: 'asc' },
    });
    related[filter] = rows.map(toRef);
    if (most.capped) capped.push(filter);
  }
  const years = (filtersByType[type] as readonly string[]).includes('year')
    ? (
        await db().$queryRaw<{ year: number }[]>`
          SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS year FROM "Record"
          WHERE "type" = ${dbType}::"RecordType" AND "state" = 'PUBLISHED' AND "deletedAt" IS NULL AND "date" IS NOT NULL
          ORDER BY year DESC`
      ).map((row) => row.year)
    : [];
  return { related, capped, years };
});
