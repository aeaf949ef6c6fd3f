import { z } from 'zod';
import { slugSchema } from '@/lib/validation/common';

/** The record types the timeline places on its axis (the dated ones). */
export const timelineTypes = ['statement', 'conference', 'initiative', 'source'] as const;
export type TimelineType = (typeof timelineTypes)[number];

export const TIMELINE_PAGE_SIZE = 50;

export interface TimelineFilters {
  types: TimelineType[];
  organisation?: string;
  initiative?: string;
  /** One year of the axis (a bar of the chart). */
  year?: number;
  page: number;
}

const typeSchema = z.enum(timelineTypes);
const pageSchema = z.coerce.number().int().min(1).max(100_000);
const yearSchema = z.coerce.number().int().min(1900).max(2100);

type Raw = Record<string, string | string[] | undefined>;

const values = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * The timeline's query string, leniently: `type` may repeat (one checkbox each); anything that
 * does not parse, and any parameter the timeline does not know, is dropped and reported, so a
 * hand-edited or stale URL still shows a timeline.
 */
export function parseTimelineQuery(raw: Raw): { filters: TimelineFilters; ignored: string[] } {
  const ignored = new Set<string>();
  const filters: TimelineFilters = { types: [], page: 1 };
  for (const [key, value] of Object.entries(raw)) {
    const all = values(value).filter((item) => item !== '');
    if (key === 'type') {
      for (const item of all) {
        const parsed = typeSchema.safeParse(item);
        if (parsed.success && !filters.types.includes(parsed.data)) filters.types.push(parsed.data);
        else if (!parsed.success) ignored.add(key);
      }
    } else if (key === 'organisation' || key === 'initiative') {
      if (all.length === 0) continue;
      const parsed = slugSchema.safeParse(all[0]);
      if (parsed.success) filters[key] = parsed.data;
      else ignored.add(key);
    } else if (key === 'year') {
      if (all.length === 0) continue;
      const parsed = yearSchema.safeParse(all[0]);
      if (parsed.success) filters.year = parsed.data;
      else ignored.add(key);
    } else if (key === 'page') {
      if (all.length === 0) continue;
      const parsed = pageSchema.safeParse(all[0]);
      if (parsed.success) filters.page = parsed.data;
      else ignored.add(key);
    } else {
      ignored.add(key);
    }
  }
  // Every type ticked is the same as none: keep URLs (and the cache) canonical.
  if (filters.types.length === timelineTypes.length) filters.types = [];
  filters.types.sort((a, b) => timelineTypes.indexOf(a) - timelineTypes.indexOf(b));
  return { filters, ignored: [...ignored] };
}

/** The filters as a query object for links (pagination), without defaults. */
export function timelineQueryObject(filters: TimelineFilters, page = filters.page): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (filters.types.length) query.type = filters.types;
  if (filters.organisation) query.organisation = filters.organisation;
  if (filters.initiative) query.initiative = filters.initiative;
  if (filters.year !== undefined) query.year = String(filters.year);
  if (page > 1) query.page = String(page);
  return query;
}
