import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordRef } from '@/lib/data/record-shapes';
import { FRAGMENT_DELIMITER, HEADLINE_OPTIONS, HIT_END, HIT_START, headlineToParts } from './highlight';
import type { Snippet } from './types';

type Tx = Prisma.TransactionClient;

/**
 * The records a page shows (hits, facet values, suggestions), by id, named in both languages:
 * one query, the same shape as the data layer's RecordRef.
 */
export async function refsById(tx: Tx, ids: string[]): Promise<Map<string, RecordRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<(Omit<RecordRef, 'type'> & { id: string; type: string })[]>`
    SELECT r."id", lower(r."type"::text) AS type, r."slug", to_char(r."date", 'YYYY-MM-DD') AS date,
           r."datePrecision"::text AS "datePrecision",
           coalesce((SELECT json_agg(json_build_object('field', t."field", 'locale', t."locale", 'text', t."text", 'status', t."status") ORDER BY t."field", t."locale")
                     FROM "RecordText" t WHERE t."recordId" = r."id" AND t."field" IN ('name', 'shortName')), '[]') AS names
    FROM "Record" r WHERE r."id" = ANY(${ids}::uuid[])`;
  return new Map(rows.map(({ id, ...row }) => [id, { ...row, type: row.type as RecordRef['type'] }]));
}

const MARKERS = HIT_START + HIT_END + FRAGMENT_DELIMITER;

/**
 * Highlighted snippets for the shown page only (ts_headline re-parses each text: too dear for
 * every match). Each record's body (its texts other than names, in one language) is taken in
 * the language that contains a match, the reader's first; failing a match, the reader's.
 */
export async function snippetsFor(tx: Tx, ids: string[], tsquery: string, locale: Locale): Promise<Map<string, Snippet>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; lang: Locale; body: string; headline: string }[]>`
    WITH q AS MATERIALIZED (SELECT ${tsquery}::tsquery AS query),
    bodies AS (
      SELECT t."recordId" AS id, t."locale" AS lang,
             string_agg(translate(t."text", ${MARKERS}, ''), E'\n'
               ORDER BY array_position(ARRAY['quote', 'description', 'context', 'location', 'publisher']::text[], t."field"::text), t."field") AS body
      FROM "RecordText" t
      WHERE t."recordId" = ANY(${ids}::uuid[]) AND t."field" NOT IN ('name', 'shortName')
      GROUP BY t."recordId", t."locale"
    ),
    chosen AS (
      SELECT DISTINCT ON (b.id) b.id, b.lang, b.body,
             CASE WHEN b.lang = 'ru' THEN 'russian' ELSE 'english' END::regconfig AS config
      FROM bodies b, q
      ORDER BY b.id,
               (to_tsvector(CASE WHEN b.lang = 'ru' THEN 'russian' ELSE 'english' END::regconfig, search_fold(b.body)) @@ q.query) DESC,
               (b.lang::text = ${locale}) DESC
    )
    SELECT c.id, c.lang::text AS lang, c.body, ts_headline(c.config, search_fold(c.body), q.query, ${HEADLINE_OPTIONS}) AS headline
    FROM chosen c, q`;
  return new Map(rows.map((row) => [row.id, { lang: row.lang, parts: headlineToParts(row.headline, row.body) }]));
}
