import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { toDbType } from '@/lib/data/record-types';
import type { SearchFacet, SearchFilters } from '@/lib/validation/search-query';

/**
 * The facets as SQL conditions on "SearchDocument" d. They combine (AND). A record belongs to an
 * organisation or country when it is that record, or linked to it in either direction, or (a
 * person) held a position there. Every value is a bound parameter.
 */
function relatedTo(type: 'ORGANISATION' | 'COUNTRY', slug: string): Prisma.Sql {
  return Prisma.sql`d."recordId" IN (
    SELECT rel.id FROM "SearchDocument" td
    JOIN "Record" t ON t."id" = td."recordId"
    CROSS JOIN LATERAL (
      SELECT t."id" AS id
      UNION ALL SELECT l."fromId" FROM "Link" l WHERE l."toId" = t."id"
      UNION ALL SELECT l."toId" FROM "Link" l WHERE l."fromId" = t."id"
      UNION ALL SELECT p."personId" FROM "Position" p WHERE p."organisationId" = t."id"
    ) rel
    WHERE t."type" = ${type}::"RecordType" AND t."slug" = ${slug}
  )`;
}

export function filterConditions(filters: Partial<SearchFilters>, except?: SearchFacet): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.type && except !== 'type') conditions.push(Prisma.sql`d."type" = ${toDbType(filters.type)}::"RecordType"`);
  if (filters.lang && except !== 'lang') conditions.push(Prisma.sql`d."originalLocale" = ${filters.lang}::"Locale"`);
  if (filters.year && except !== 'year') conditions.push(Prisma.sql`d."year" = ${filters.year}::int`);
  if (filters.organisation && except !== 'organisation') conditions.push(relatedTo('ORGANISATION', filters.organisation));
  if (filters.country && except !== 'country') conditions.push(relatedTo('COUNTRY', filters.country));
  return conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export function activeFacets(filters: Partial<SearchFilters>): SearchFacet[] {
  return (['type', 'organisation', 'country', 'year', 'lang'] as const).filter((facet) => filters[facet] !== undefined);
}
