import { z } from 'zod';
import type { RecordTypeName } from './records';
import { initiativeSchema, conferenceSchema, organisationSchema, sourceSchema } from './records';
import { localeSchema, slugSchema } from './common';

/**
 * The query of a list (page, sort, filters), the same for list pages, the API and exports.
 * Filters are the records a list can be narrowed to (by slug) and the type's own columns.
 */
export const relationFilters = ['organisation', 'person', 'country', 'initiative', 'conference'] as const;
export type RelationFilter = (typeof relationFilters)[number];

export const filtersByType = {
  statement: ['organisation', 'person', 'country', 'initiative', 'conference', 'year', 'lang'],
  conference: ['organisation', 'country', 'initiative', 'kind', 'year', 'lang'],
  organisation: ['kind', 'country', 'initiative', 'lang'],
  initiative: ['kind', 'status', 'organisation', 'country', 'year', 'lang'],
  person: ['organisation', 'conference', 'lang'],
  source: ['kind', 'year', 'lang'],
  country: ['lang'],
} as const satisfies Record<RecordTypeName, readonly string[]>;

export const kindsByType: Partial<Record<RecordTypeName, readonly string[]>> = {
  organisation: organisationSchema.shape.attributes.shape.kind.options,
  conference: conferenceSchema.shape.attributes.shape.kind.options,
  initiative: initiativeSchema.shape.attributes.shape.kind.options,
  source: sourceSchema.shape.attributes.shape.kind.options,
};
export const initiativeStatuses = initiativeSchema.shape.attributes.shape.status.unwrap().options;

export const sorts = ['date-desc', 'date-asc', 'name'] as const;
export type Sort = (typeof sorts)[number];

/** Names sort by name, everything dated by date, newest first. */
export function defaultSort(type: RecordTypeName): Sort {
  return type === 'organisation' || type === 'person' || type === 'country' ? 'name' : 'date-desc';
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 100_000;

export function listQuerySchema(type: RecordTypeName) {
  const kinds = kindsByType[type];
  return z
    .object({
      page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
      pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
      sort: z.enum(sorts).optional(),
      organisation: slugSchema.optional(),
      person: slugSchema.optional(),
      country: slugSchema.optional(),
      initiative: slugSchema.optional(),
      conference: slugSchema.optional(),
      kind: kinds ? z.enum(kinds as [string, ...string[]]).optional() : z.never().optional(),
      status: type === 'initiative' ? z.enum(initiativeStatuses).optional() : z.never().optional(),
      year: z.coerce.number().int().min(1900).max(2100).optional(),
      lang: localeSchema.optional(),
    })
    .strict();
}

export type ListQuery = z.infer<ReturnType<typeof listQuerySchema>>;

/** Query-string values as an object; a repeated parameter keeps its first value. */
export function searchParamsToObject(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '' && !(key in result)) result[key] = first;
  }
  return result;
}

/**
 * For pages: a reader's URL never breaks the page. Parameters the type does not know and values
 * that do not parse are dropped (and reported, so the page can say so); the rest apply.
 */
export function parseListQueryLeniently(type: RecordTypeName, raw: Record<string, string>) {
  const schema = listQuerySchema(type);
  const allowed = new Set<string>(['page', 'pageSize', 'sort', ...filtersByType[type]]);
  const kept: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const single = schema.shape[key as keyof typeof schema.shape];
    if (allowed.has(key) && single && single.safeParse(value).success) kept[key] = value;
    else ignored.push(key);
  }
  return { query: schema.parse(kept), ignored };
}
