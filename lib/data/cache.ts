import 'server-only';
import { unstable_cache } from 'next/cache';
import { db } from '@/lib/db/client';

/**
 * Reads cached across requests and revalidated by tag: `records` for anything a save can change,
 * `record:{type}:{slug}` for one record. Keys include this database's identity, so a recreated
 * database never serves another one's cached rows. Results are JSON: dates travel as strings.
 */
export const TAG_ALL = 'records';
export const recordTag = (type: string, slug: string) => `record:${type}:${slug}`;

let instanceId: Promise<string> | undefined;

function databaseInstance(): Promise<string> {
  instanceId ??= db()
    .databaseInstance.findFirst({ select: { id: true } })
    .then((row) => row?.id ?? 'none')
    .catch((error) => {
      instanceId = undefined;
      throw error;
    });
  return instanceId;
}

export function cached<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[] = () => [],
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const instance = await databaseInstance();
    const run = unstable_cache(read, [name, instance], { tags: [TAG_ALL, ...tags(...args)], revalidate: 3600 });
    try {
      return await run(...args);
    } catch (error) {
      // Outside a Next.js server (tests, scripts) there is no cache to use: read directly.
      if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return read(...args);
      throw error;
    }
  };
}
