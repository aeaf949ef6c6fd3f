import { z } from 'zod';

/**
 * The map's query string: `type` picks which records are counted (none: all four). Read
 * leniently, like the lists: a value that does not parse, or an unknown parameter, is dropped
 * and named.
 */
export const mapTypes = ['statement', 'conference', 'organisation', 'initiative'] as const;
export type MapType = (typeof mapTypes)[number];

const typeSchema = z.enum(mapTypes);

export function parseMapQuery(raw: Record<string, string | string[] | undefined>): { type?: MapType; ignored: string[] } {
  const ignored: string[] = [];
  let type: MapType | undefined;
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || first === '') continue;
    const parsed = key === 'type' ? typeSchema.safeParse(first) : null;
    if (parsed?.success) type = parsed.data;
    else ignored.push(key);
  }
  return { type, ignored };
}
