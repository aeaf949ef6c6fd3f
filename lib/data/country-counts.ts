import 'server-only';
import { db } from '@/lib/db/client';
import { mapTypes, type MapType } from '@/lib/validation/map-query';
import { cached } from './cache';
import { fromDbType } from './record-types';
import type { TextRow } from './texts';

/**
 * How many published records involve each country, per type: a record involves a country when a
 * link joins them in either direction (participants, members, meetings held there, organisations
 * based there, statements and initiatives about it). The same definition as the lists' country
 * filter (lib/data/related.ts), so a count on the map is the length of the list it opens.
 */

export interface CountryCount {
  slug: string;
  iso2: string;
  names: TextRow[];
  counts: Record<MapType, number>;
  total: number;
}

export const getCountryCounts = cached('country-counts', async (): Promise<CountryCount[]> => {
  const [countries, rows] = await Promise.all([
    db().record.findMany({
      where: { type: 'COUNTRY', state: 'PUBLISHED', deletedAt: null },
      select: { id: true, slug: true, country: { select: { iso2: true } }, texts: { where: { field: 'name' }, select: { field: true, locale: true, text: true, status: true } } },
    }),
    db().$queryRaw<{ countryId: string; type: string; count: number }[]>`
      SELECT c."id" AS "countryId", r."type"::text AS type, count(DISTINCT r."id")::int AS count
      FROM "Record" c
      CROSS JOIN LATERAL (
        SELECT l."fromId" AS id FROM "Link" l WHERE l."toId" = c."id"
        UNION SELECT l."toId" FROM "Link" l WHERE l."fromId" = c."id"
      ) rel
      JOIN "Record" r ON r."id" = rel.id
      WHERE c."type" = 'COUNTRY' AND c."state" = 'PUBLISHED' AND c."deletedAt" IS NULL
        AND r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL
        AND r."type" IN ('STATEMENT', 'CONFERENCE', 'ORGANISATION', 'INITIATIVE')
      GROUP BY c."id", r."type"`,
  ]);
  const byCountry = new Map<string, Record<MapType, number>>();
  for (const row of rows) {
    const counts = byCountry.get(row.countryId) ?? { statement: 0, conference: 0, organisation: 0, initiative: 0 };
    counts[fromDbType(row.type as never) as MapType] = row.count;
    byCountry.set(row.countryId, counts);
  }
  return countries
    .filter((country) => country.country)
    .map((country) => {
      const counts = byCountry.get(country.id) ?? { statement: 0, conference: 0, organisation: 0, initiative: 0 };
      return {
        slug: country.slug,
        iso2: country.country!.iso2,
        names: country.texts,
        counts,
        total: mapTypes.reduce((sum, type) => sum + counts[type], 0),
      };
    });
});
