import { segments } from '@/lib/data/record-types';
import { defaultSort, parseListQueryLeniently, searchParamsToObject } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { toParams } from './list-url';

/**
 * List pages take their filters from the query string, and a page that reads the query string
 * renders on every request. The proxy rewrites a list address whose query it fully understands
 * to an internal route with the (normalised) query as a path segment,
 * `/{locale}/lists/{segment}/{query}`, which Next.js renders once and serves from the page cache
 * like a record page (decision 013). A query with anything the page would drop and report
 * (unknown parameters, bad values) is not rewritten: the per-request page says what it ignored.
 */
export const CACHED_LIST_PREFIX = 'lists';

const EMPTY = '-';
const typeBySegment = new Map(Object.entries(segments).map(([type, segment]) => [segment as string, type as RecordTypeName]));

export function listTypeFromSegment(segment: string): RecordTypeName | null {
  return typeBySegment.get(segment) ?? null;
}

/** The query as one path segment: base64url of the normalised query string, `-` for none. */
export function encodeListQuery(query: string): string {
  if (!query) return EMPTY;
  return btoa(query).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeListQuery(segment: string): URLSearchParams | null {
  if (segment === EMPTY) return new URLSearchParams();
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  try {
    return new URLSearchParams(atob(segment.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return null;
  }
}

/**
 * The internal path to rewrite a list address to, or null to leave it alone: not a list, or a
 * query the page would have to report on. Same query in another order or with defaults spelled
 * out: same path, so one cached page serves them all.
 */
export function cachedListPath(pathname: string, search: URLSearchParams, locales: readonly string[]): string | null {
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (!match || !locales.includes(match[1])) return null;
  const type = listTypeFromSegment(match[2]);
  if (!type) return null;
  const raw = searchParamsToObject(search);
  const { query, ignored } = parseListQueryLeniently(type, raw);
  if (ignored.length) return null;
  const params = new URLSearchParams(toParams(type, query, defaultSort(type)));
  return `/${match[1]}/${CACHED_LIST_PREFIX}/${match[2]}/${encodeListQuery(params.toString())}`;
}
