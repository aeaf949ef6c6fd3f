import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { SearchFilters } from '@/lib/validation/search-query';
import { filterConditions } from './filters';

type Tx = Prisma.TransactionClient;

export interface NameRow {
  id: string;
  text: string;
  locale: Locale;
  similarity: number;
}

/** How alike a name must be (pg_trgm word similarity of the transliterated skeletons, 0–1). */
export const NAME_SIMILARITY = 0.45;
/** Skeletons longer than this are sentences, not names: no trigram search. */
const MAX_NAME_QUERY = 80;

/** One row per record, the best first. */
function bestPerRecord(rows: NameRow[], limit: number): NameRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, limit);
}

/**
 * Names and aliases spelled like the query, in either script: both sides are reduced to a Latin
 * skeleton (search_skeleton in the search migration), so "Kolokolcev" meets Колокольцев and
 * Kolokoltsev, and "Shveykin" meets Швейкин; trigrams forgive a typo or two. The GIN trigram
 * index answers `<%` with the threshold set for the transaction.
 */
export async function similarNames(tx: Tx, text: string, filters: Partial<SearchFilters>, limit = 5): Promise<NameRow[]> {
  const rows = await tx.$queryRaw<NameRow[]>`
    SELECT n."recordId" AS id, n."text", n."locale"::text AS locale, word_similarity(k.s, n."skeleton")::float8 AS similarity
    FROM (SELECT search_skeleton(${text}) AS s) k
    JOIN "SearchName" n ON k.s <% n."skeleton"
    JOIN "SearchDocument" d ON d."recordId" = n."recordId"
    WHERE length(k.s) BETWEEN 3 AND ${MAX_NAME_QUERY} ${filterConditions(filters)}
    ORDER BY similarity DESC, length(n."text"), n."id"
    LIMIT ${limit * 6}`;
  return bestPerRecord(rows, limit);
}

/** The words of a query as the simple configuration sees them: letters and digits, lowercase, ё as е. */
export function queryWords(text: string, max = 10): string[] {
  const words = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= 60);
  return [...new Set(words)].slice(0, max);
}

/**
 * Names and aliases containing any word of the query: what the query may have meant by one of
 * its words (an acronym, a surname), offered when the whole query finds nothing.
 */
export async function namesContainingWords(tx: Tx, text: string, filters: Partial<SearchFilters>, limit = 5): Promise<NameRow[]> {
  const words = queryWords(text);
  if (words.length === 0) return [];
  // Each word is only letters and digits, so quoting it as a lexeme cannot break the syntax.
  const anyWord = words.map((word) => `'${word}'`).join(' | ');
  const rows = await tx.$queryRaw<NameRow[]>`
    SELECT n."recordId" AS id, n."text", n."locale"::text AS locale, ts_rank(n."words", q.query)::float8 AS similarity
    FROM (SELECT to_tsquery('simple', ${anyWord}) AS query) q
    JOIN "SearchName" n ON n."words" @@ q.query
    JOIN "SearchDocument" d ON d."recordId" = n."recordId"
    WHERE true ${filterConditions(filters)}
    ORDER BY similarity DESC, length(n."text"), n."id"
    LIMIT ${limit * 6}`;
  return bestPerRecord(rows, limit);
}

export const setNameThreshold = (tx: Tx) =>
  tx.$executeRaw(Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
