import { DEFAULT_PAGE_SIZE, filtersByType, type ListQuery, type Sort } from '@/lib/validation/list-query';
import { segments } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';

/**
 * The URLs of a list: its query as query-string parameters, leaving out defaults so shared
 * addresses stay short, and the same parameters with one change (a page, a removed filter).
 */
export type ListParams = Record<string, string>;
export type FilterName = (typeof filtersByType)[RecordTypeName][number];

export function listPathname(type: RecordTypeName): `/${string}` {
  return `/${segments[type]}`;
}

export function activeFilters(type: RecordTypeName, query: ListQuery): FilterName[] {
  return filtersByType[type].filter((name) => query[name] !== undefined);
}

export function toParams(type: RecordTypeName, query: ListQuery, defaultSort: Sort): ListParams {
  const params: ListParams = {};
  for (const name of activeFilters(type, query)) params[name] = String(query[name]);
  if (query.sort && query.sort !== defaultSort) params.sort = query.sort;
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.pageSize = String(query.pageSize);
  if (query.page !== 1) params.page = String(query.page);
  return params;
}

/** The list's href with some parameters changed; `undefined` drops one. */
export function listHref(type: RecordTypeName, params: ListParams, changes: Record<string, string | undefined>) {
  const query: ListParams = { ...params };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete query[key];
    else query[key] = value;
  }
  return { pathname: listPathname(type), query };
}

/** Clearing drops the filters and the page but keeps the order and page size the reader chose. */
export function clearHref(type: RecordTypeName, params: ListParams) {
  const kept: ListParams = {};
  if (params.sort) kept.sort = params.sort;
  if (params.pageSize) kept.pageSize = params.pageSize;
  return listHref(type, kept, {});
}
