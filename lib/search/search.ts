import 'server-only';
import { db } from '@/lib/db/client';
import { onReplica } from '@/lib/db/create-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordRef } from '@/lib/data/record-shapes';
import { searchFacets, type SearchFilters, type SearchQuery } from '@/lib/validation/search-query';
import { refsById, snippetsFor } from './details';
import { activeFacets } from './filters';
import { countMatches, findMatches, parseQuery, type RawFacet } from './matches';
import { namesContainingWords, queryWords, similarNames, type NameRow } from './names';
import { MATCH_CAP, type FacetValue, type NameMatch, type SearchFacets, type SearchHit, type SearchResult } from './types';

type Tx = Prisma.TransactionClient;

/** Fewer full-text matches than this, and records with similar names join the first page. */
const FEW = 5;

/**
 * Settings for this transaction only. The planner misjudges how many rows a text query matches
 * and, under a LIMIT, would scan the whole table (seconds at 100,000 records); JIT compiling
 * costs more than these queries. The trigram threshold is the name matching's.
 */
async function configure(tx: Tx) {
  await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true),
    set_config('pg_trgm.word_similarity_threshold', '0.45', true)`;
}

/**
 * Run `work` in one short transaction with the search settings. On the embedded database the
 * pool has one connection: everything inside uses `tx` only. It only reads, so with read
 * replicas it runs on one (decision 014).
 */
export function inSearchTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return onReplica(db()).$transaction(
    async (tx) => {
      await configure(tx);
      return work(tx);
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}

const filtersOf = (query: Partial<SearchQuery>): Partial<SearchFilters> =>
  Object.fromEntries(searchFacets.filter((f) => query[f] !== undefined).map((f) => [f, query[f]]));

function nameMatches(rows: NameRow[], refs: Map<string, RecordRef>): NameMatch[] {
  return rows.flatMap((row) => {
    const record = refs.get(row.id);
    return record ? [{ record, text: row.text, lang: row.locale }] : [];
  });
}

function facetValues(raw: RawFacet[], refs?: Map<string, RecordRef>): FacetValue[] {
  if (!refs) return raw;
  return raw.flatMap((facet) => {
    const record = refs.get(facet.value);
    return record ? [{ value: record.slug, count: facet.count, record }] : [];
  });
}

/**
 * One search: ranked full-text matches of every type in both languages, one page of them with
 * highlighted snippets, facet counts, and (when little is found) records with similar names
 * plus what might help a reader whose query found nothing.
 */
export async function searchRecords(query: Omit<SearchQuery, 'locale'>, locale: Locale): Promise<SearchResult> {
  const filters = filtersOf(query);
  const offset = (query.page - 1) * query.pageSize;
  return inSearchTransaction(async (tx) => {
    const parsed = await parseQuery(tx, query.q);
    const noWords = !parsed.hasWords;
    const found = noWords
      ? { total: 0, lowerBound: false, hits: [], facets: { type: [], year: [], lang: [], organisation: [], country: [] } }
      : await findMatches(tx, parsed, filters, offset, query.pageSize);
    const capped = found.total > MATCH_CAP || found.lowerBound;
    const total = Math.min(found.total, MATCH_CAP);

    const few = total < FEW;
    const similar = few ? await similarNames(tx, query.q, filters) : [];
    // Help, not results: names from the whole knowledge base, whatever the filters.
    const inQuery = total === 0 ? await namesContainingWords(tx, query.q, {}) : [];
    // One query at a time: the transaction has one connection.
    const withoutFilter: SearchResult['help']['withoutFilter'] = [];
    if (total === 0 && !noWords) {
      for (const facet of activeFacets(filters)) {
        withoutFilter.push({ facet, count: await countMatches(tx, parsed, { ...filters, [facet]: undefined }) });
      }
    }

    // Records found only by a similar name follow the full-text matches on the first page.
    const textIds = new Set(found.hits.map((hit) => hit.id));
    const nameHits = query.page === 1 ? similar.filter((row) => !textIds.has(row.id)) : [];
    const hitIds = [...found.hits.map((hit) => hit.id), ...nameHits.map((row) => row.id)];
    const facetIds = [...found.facets.organisation, ...found.facets.country].map((facet) => facet.value);
    const refs = await refsById(tx, [...new Set([...hitIds, ...facetIds, ...similar.map((r) => r.id), ...inQuery.map((r) => r.id)])]);
    const snippets = await snippetsFor(tx, hitIds, parsed.tsquery, locale);

    const hits: SearchHit[] = [
      ...found.hits.map((hit) => ({ id: hit.id, score: hit.score, match: 'text' as const })),
      ...nameHits.map((row) => ({ id: row.id, score: row.similarity, match: 'name' as const, matchedName: { text: row.text, lang: row.locale } })),
    ].flatMap(({ id, ...hit }) => {
      const record = refs.get(id);
      return record ? [{ ...record, ...hit, snippet: snippets.get(id) ?? null }] : [];
    });

    const facets: SearchFacets = {
      type: facetValues(found.facets.type),
      organisation: facetValues(found.facets.organisation, refs),
      country: facetValues(found.facets.country, refs),
      year: facetValues(found.facets.year),
      lang: facetValues(found.facets.lang),
    };
    const words = queryWords(query.q);
    return {
      hits,
      total,
      capped,
      page: query.page,
      pageSize: query.pageSize,
      facets,
      noWords,
      help: {
        didYouMean: nameMatches(similar, refs),
        namesInQuery: nameMatches(inQuery, refs),
        withoutFilter,
        anyWords: total === 0 && words.length > 1 && !/\bor\b/i.test(query.q) ? words.join(' or ') : null,
      },
    };
  });
}
