import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SearchFilters } from '@/lib/validation/search-query';
import { filterConditions } from './filters';
import { MATCH_CAP, PHRASE_CANDIDATES } from './types';

type Tx = Prisma.TransactionClient;

export interface RawFacet {
  value: string;
  count: number;
}

export interface MatchPage {
  total: number;
  /** A phrase was checked in the first PHRASE_CANDIDATES records only: more may match. */
  lowerBound: boolean;
  hits: { id: string; score: number }[];
  facets: {
    type: RawFacet[];
    year: RawFacet[];
    lang: RawFacet[];
    /** value: the related record's id. */
    organisation: RawFacet[];
    country: RawFacet[];
  };
}

const FACET_LIMIT = 12;

/**
 * A reader's query as PostgreSQL reads it (search_query in the search migration), as tsquery
 * text, and the same without its phrase operators. Words next to each other can only be checked
 * in each row's positions, which unpacks the row: the GIN index answers the loose query exactly,
 * and only its first PHRASE_CANDIDATES rows are checked for the phrase.
 */
export interface ParsedQuery {
  text: string;
  tsquery: string;
  loose: string | null;
  hasWords: boolean;
}

const PHRASE = /'(?:[^']|'')*'|<(?:-|\d+)>/g;

export async function parseQuery(tx: Tx, text: string): Promise<ParsedQuery> {
  const [row] = await tx.$queryRaw<{ tsquery: string; nodes: number }[]>`
    SELECT query::text AS tsquery, numnode(query)::int AS nodes FROM search_query(${text}) AS query`;
  const hasPhrase = [...row.tsquery.matchAll(PHRASE)].some((match) => match[0].startsWith('<'));
  const loose = hasPhrase ? row.tsquery.replace(PHRASE, (token) => (token.startsWith('<') ? '&' : token)) : null;
  return { text, tsquery: row.tsquery, loose, hasWords: row.nodes > 0 };
}

/**
 * Two CTEs, `candidate` and `found`: the first `cap` index matches of the query under the
 * filters, with `columns` of "SearchDocument" d. A phrase query is checked only in the first
 * PHRASE_CANDIDATES records that hold all its words (`candidate`, looked up one by one through
 * a LATERAL join kept apart by its LIMIT, so the planner cannot recheck every row that has the words instead); when
 * that many candidates exist, the count is a lower bound.
 */
function matching(query: ParsedQuery, filters: Partial<SearchFilters>, cap: number, columns: Prisma.Sql): Prisma.Sql {
  if (!query.loose) {
    return Prisma.sql`candidate AS (SELECT NULL::uuid AS "recordId" WHERE false),
      found AS MATERIALIZED (
        SELECT ${columns} FROM "SearchDocument" d
        WHERE d."vector" @@ ${query.tsquery}::tsquery ${filterConditions(filters)} LIMIT ${cap}
      )`;
  }
  return Prisma.sql`candidate AS MATERIALIZED (
      SELECT d."recordId" FROM "SearchDocument" d
      WHERE d."vector" @@ ${query.loose}::tsquery ${filterConditions(filters)} LIMIT ${PHRASE_CANDIDATES}
    ),
    found AS MATERIALIZED (
      SELECT ${columns} FROM candidate
      CROSS JOIN LATERAL (
        SELECT * FROM "SearchDocument" d WHERE d."recordId" = candidate."recordId" AND d."vector" @@ ${query.tsquery}::tsquery LIMIT 1
      ) d
      LIMIT ${cap}
    )`;
}

/**
 * One statement: the first MATCH_CAP + 1 index matches (the extra one only tells "more"),
 * ranked, one page of them, their count and the facet counts over them. The rank favours short
 * records (normalisation 1: divided by the log of the length) and a record whose whole name or
 * alias is the query ("ОДКБ" puts the CSTO first). Ranking unpacks each matching row's
 * tsvector, so capping the matches caps the cost of a common word (see ENVIRONMENT.md,
 * "full-text search at 100,000 records").
 */
export async function findMatches(tx: Tx, query: ParsedQuery, filters: Partial<SearchFilters>, offset: number, limit: number): Promise<MatchPage> {
  const columns = Prisma.sql`d."recordId" AS id, d."type", d."year", d."originalLocale" AS lang,
    ts_rank(d."vector", ${query.tsquery}::tsquery, 1)::float8 AS rank`;
  const rows = await tx.$queryRaw<{ total: number; lowerBound: boolean; hits: MatchPage['hits'] | null; facets: MatchPage['facets'] }[]>`
    WITH exact AS MATERIALIZED (
      SELECT DISTINCT n."recordId" AS id FROM "SearchName" n WHERE n."skeleton" = search_skeleton(${query.text})
    ),
    ${matching(query, filters, MATCH_CAP + 1, columns)},
    m AS MATERIALIZED (
      SELECT found.*, (rank + CASE WHEN id IN (SELECT id FROM exact) THEN 1 ELSE 0 END)::float8 AS score FROM found
    ),
    rel AS (
      SELECT m.id, m.id AS other FROM m
      UNION SELECT m.id, l."toId" FROM m JOIN "Link" l ON l."fromId" = m.id
      UNION SELECT m.id, l."fromId" FROM m JOIN "Link" l ON l."toId" = m.id
      UNION SELECT m.id, p."organisationId" FROM m JOIN "Position" p ON p."personId" = m.id WHERE p."organisationId" IS NOT NULL
    ),
    -- One key lookup per related record (a hash of every organisation would cost more).
    related AS (
      SELECT od."type", rel.other AS value, count(*)::int AS count
      FROM rel CROSS JOIN LATERAL (SELECT o."type" FROM "SearchDocument" o WHERE o."recordId" = rel.other LIMIT 1) od
      WHERE od."type" IN ('ORGANISATION', 'COUNTRY')
      GROUP BY od."type", rel.other
    )
    SELECT
      (SELECT count(*)::int FROM m) AS total,
      (SELECT count(*)::int FROM candidate) >= ${PHRASE_CANDIDATES} AS "lowerBound",
      (SELECT json_agg(json_build_object('id', p.id, 'score', p.score) ORDER BY p.score DESC, p.id)
         FROM (SELECT id, score FROM m ORDER BY score DESC, id LIMIT ${limit} OFFSET ${offset}) p) AS hits,
      json_build_object(
        'type', (SELECT coalesce(json_agg(json_build_object('value', lower(f.type::text), 'count', f.n) ORDER BY f.n DESC, f.type), '[]')
                 FROM (SELECT "type", count(*)::int AS n FROM m GROUP BY "type") f),
        'year', (SELECT coalesce(json_agg(json_build_object('value', f.year::text, 'count', f.n) ORDER BY f.year DESC), '[]')
                 FROM (SELECT year, count(*)::int AS n FROM m WHERE year IS NOT NULL GROUP BY year) f),
        'lang', (SELECT coalesce(json_agg(json_build_object('value', f.lang::text, 'count', f.n) ORDER BY f.n DESC, f.lang), '[]')
                 FROM (SELECT lang, count(*)::int AS n FROM m GROUP BY lang) f),
        'organisation', (SELECT coalesce(json_agg(json_build_object('value', f.value, 'count', f.count) ORDER BY f.count DESC, f.value), '[]')
                 FROM (SELECT value, count FROM related WHERE "type" = 'ORGANISATION' ORDER BY count DESC, value LIMIT ${FACET_LIMIT}) f),
        'country', (SELECT coalesce(json_agg(json_build_object('value', f.value, 'count', f.count) ORDER BY f.count DESC, f.value), '[]')
                 FROM (SELECT value, count FROM related WHERE "type" = 'COUNTRY' ORDER BY count DESC, value LIMIT ${FACET_LIMIT}) f)
      ) AS facets`;
  const row = rows[0];
  return { total: row.total, lowerBound: row.lowerBound, hits: row.hits ?? [], facets: row.facets };
}

/** How many matches (capped) the query has under other filters: for "remove this filter". */
export async function countMatches(tx: Tx, query: ParsedQuery, filters: Partial<SearchFilters>): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    WITH ${matching(query, filters, MATCH_CAP + 1, Prisma.sql`1 AS one`)} SELECT count(*)::int AS n FROM found`;
  return rows[0].n;
}
