import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordRef } from '@/lib/data/record-shapes';
import type { SearchFacet } from '@/lib/validation/search-query';
import type { SnippetPart } from './highlight';

/** What a search answers, as plain JSON for pages and the API. */

/** Matches ranked and counted: at most this many (the rest only makes the count "1,000+"). */
export const MATCH_CAP = 1000;
/** Phrase queries: only this many records holding all the words are checked for the phrase. */
export const PHRASE_CANDIDATES = 1000;

export interface Snippet {
  lang: Locale;
  parts: SnippetPart[];
}

export interface SearchHit extends RecordRef {
  score: number;
  snippet: Snippet | null;
  /** text: found by full-text search; name: only by a similar name or alias (a typo, a spelling). */
  match: 'text' | 'name';
  /** For name matches: the name or alias that was similar. */
  matchedName?: { text: string; lang: Locale };
}

export interface FacetValue {
  /** The URL value: a type name, a slug, a year, a language. */
  value: string;
  count: number;
  /** Organisations and countries: the record, to name it in the reader's language. */
  record?: RecordRef;
}

export type SearchFacets = Record<SearchFacet, FacetValue[]>;

export interface NameMatch {
  record: RecordRef;
  /** The name or alias that matched, as written. */
  text: string;
  lang: Locale;
}

export interface SearchHelp {
  /** Names and aliases spelled like the query (trigrams over transliterated names). */
  didYouMean: NameMatch[];
  /** Names and aliases that contain a word of the query. */
  namesInQuery: NameMatch[];
  /** Each active filter, and how many matches the query has without it. */
  withoutFilter: { facet: SearchFacet; count: number }[];
  /** The query had several words: searching for any of them is worth offering. */
  anyWords: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Full-text matches, at most MATCH_CAP. */
  total: number;
  /** More may match: MATCH_CAP was reached, or a phrase was checked in PHRASE_CANDIDATES records only. */
  capped: boolean;
  page: number;
  pageSize: number;
  facets: SearchFacets;
  help: SearchHelp;
  /** The query had no searchable words (only punctuation, or only stop words). */
  noWords: boolean;
}
