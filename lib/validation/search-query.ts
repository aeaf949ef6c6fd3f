import { z } from 'zod';
import { localeSchema, slugSchema } from './common';
import { recordTypeNames } from './records';

/**
 * The query of a search, the same for the search page and GET /api/v1/search: the words, the
 * facets it is narrowed to (all combine), and the page. The API refuses what does not parse
 * (400); the page keeps what parses and drops the rest (parseSearchQueryLeniently).
 */
export const MAX_QUERY_LENGTH = 500;
export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 50;
export const MAX_SEARCH_PAGE = 100_000;
export const searchFacets = ['type', 'organisation', 'country', 'year', 'lang'] as const;
export type SearchFacet = (typeof searchFacets)[number];

/**
 * What the database receives of a typed query: no NUL (PostgreSQL refuses it in text), no lone
 * surrogate halves, other control characters as spaces, whitespace collapsed.
 */
export function cleanQueryText(raw: string): string {
  return raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\uE000-\uE002]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Length in characters as a reader counts them (an emoji is one), not UTF-16 units. */
export const queryLength = (text: string) => Array.from(text).length;

/** The first `max` characters, never cutting an emoji in half. */
export function truncateQuery(text: string, max = MAX_QUERY_LENGTH): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max).join('').trim() : text;
}

const queryText = z
  .string({ error: 'give the words to search for' })
  .transform(cleanQueryText)
  .refine((text) => text.length > 0, { error: 'give the words to search for' })
  .refine((text) => queryLength(text) <= MAX_QUERY_LENGTH, { error: `at most ${MAX_QUERY_LENGTH} characters` });

const filterShape = {
  type: z.enum(recordTypeNames).optional(),
  organisation: slugSchema.optional(),
  country: slugSchema.optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  /** The language the record was first written in. */
  lang: localeSchema.optional(),
};

export const searchQuerySchema = z
  .object({
    q: queryText,
    page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE_SIZE).default(SEARCH_PAGE_SIZE),
    /** The language snippets are taken from when a record has both (API only; pages use their own). */
    locale: localeSchema.default('en'),
    ...filterShape,
  })
  .strict();

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchFilters = Pick<SearchQuery, SearchFacet>;

export const suggestQuerySchema = z
  .object({
    q: z.string().transform(cleanQueryText).pipe(z.string().min(1).max(100)),
    locale: localeSchema.default('en'),
    type: filterShape.type,
  })
  .strict();

export type SuggestQuery = z.infer<typeof suggestQuerySchema>;

export interface LenientSearchQuery {
  query: Omit<SearchQuery, 'locale'>;
  /** Parameters dropped because they are unknown or their values do not parse. */
  ignored: string[];
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

/**
 * For the search page: a reader's URL never breaks it. An over-long query is cut, an empty one
 * is allowed (the page then only shows the form), a page past the end is kept (the page says
 * so), and unknown parameters or values are dropped and reported.
 */
export function parseSearchQueryLeniently(raw: Record<string, string>): LenientSearchQuery {
  const ignored: string[] = [];
  const cleaned = cleanQueryText(raw.q ?? '');
  const q = truncateQuery(cleaned);
  const query: LenientSearchQuery['query'] = { q, page: 1, pageSize: SEARCH_PAGE_SIZE };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'q') continue;
    if (key === 'page') {
      const page = z.coerce.number().int().min(1).safeParse(value);
      if (page.success) query.page = Math.min(page.data, MAX_SEARCH_PAGE);
      else ignored.push(key);
      continue;
    }
    const schema = filterShape[key as SearchFacet];
    const parsed = schema?.safeParse(value);
    if (parsed?.success && parsed.data !== undefined) Object.assign(query, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { query, ignored, truncated: q !== cleaned };
}

/** The URL query of a search: only what is set, in a stable order (shareable, cacheable links). */
export function searchHref(query: Partial<Omit<SearchQuery, 'locale' | 'pageSize'>>): { pathname: '/search'; query: Record<string, string> } {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  for (const facet of searchFacets) {
    const value = query[facet];
    if (value !== undefined && value !== null) params[facet] = String(value);
  }
  if (query.page && query.page > 1) params.page = String(query.page);
  return { pathname: '/search', query: params };
}
