import { z } from 'zod';
import { networkTypes, type NetworkType } from '@/lib/network/types';
import { slugSchema } from './common';

/**
 * The network view's query string: `type` (may repeat; none means all), `initiative` (a slug:
 * its neighbourhood only), `from`/`to` (years), `limit` (how many of the most connected
 * records to draw) and `view=table` (the same records and ties as tables). Read leniently, like
 * the lists: what does not parse is dropped and named.
 */
export const networkLimits = [50, 150, 400] as const;
export const DEFAULT_NETWORK_LIMIT = 150;

export interface NetworkQuery {
  types: NetworkType[];
  initiative?: string;
  from?: number;
  to?: number;
  limit: number;
  /** The same network as tables instead of a drawing (the text alternative, its own address). */
  view?: 'table';
}

const typeSchema = z.enum(networkTypes);
const yearSchema = z.coerce.number().int().min(1900).max(2100);
const limitSchema = z.coerce.number().refine((value) => (networkLimits as readonly number[]).includes(value));

const viewSchema = z.literal('table');

type Raw = Record<string, string | string[] | undefined>;
const values = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item) => item !== '');

export function parseNetworkQuery(raw: Raw): { query: NetworkQuery; ignored: string[] } {
  const ignored = new Set<string>();
  const query: NetworkQuery = { types: [], limit: DEFAULT_NETWORK_LIMIT };
  for (const [key, value] of Object.entries(raw)) {
    const all = values(value);
    if (key === 'type') {
      for (const item of all) {
        const parsed = typeSchema.safeParse(item);
        if (!parsed.success) ignored.add(key);
        else if (!query.types.includes(parsed.data)) query.types.push(parsed.data);
      }
      continue;
    }
    if (all.length === 0) continue;
    const schema = key === 'initiative' ? slugSchema : key === 'from' || key === 'to' ? yearSchema : key === 'limit' ? limitSchema : key === 'view' ? viewSchema : null;
    const parsed = schema?.safeParse(all[0]);
    if (parsed?.success) (query as unknown as Record<string, unknown>)[key] = parsed.data;
    else ignored.add(key);
  }
  // Every type ticked is the same as none: one canonical address (and cache entry) per view.
  if (query.types.length === networkTypes.length) query.types = [];
  query.types.sort((a, b) => networkTypes.indexOf(a) - networkTypes.indexOf(b));
  // A period given backwards is read the right way round.
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) [query.from, query.to] = [query.to, query.from];
  return { query, ignored: [...ignored] };
}

/** The query as link parameters, without defaults. */
export function networkQueryObject(query: NetworkQuery): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  if (query.types.length) result.type = query.types;
  if (query.initiative) result.initiative = query.initiative;
  if (query.from !== undefined) result.from = String(query.from);
  if (query.to !== undefined) result.to = String(query.to);
  if (query.limit !== DEFAULT_NETWORK_LIMIT) result.limit = String(query.limit);
  if (query.view) result.view = query.view;
  return result;
}
