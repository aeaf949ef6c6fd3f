/**
 * A number that grows whenever any cache tag is revalidated, in this process or (seen through
 * the `CacheTag` table) in another instance. The response cache in front of Next.js
 * (response-cache.ts) keeps an answer only while the number it was stored under is current, so
 * one save makes every kept answer go back to Next.js, which knows exactly which pages are stale.
 * The page cache handler (page-cache-handler.mjs, plain JavaScript loaded by Next.js outside the
 * app's module graph) moves it through the same `Symbol.for` key.
 */
export const GENERATION_KEY = 'kb.cache-generation';

const holder = globalThis as unknown as Record<symbol, number | undefined>;
const key = Symbol.for(GENERATION_KEY);

export function cacheGeneration(): number {
  return holder[key] ?? 0;
}

export function bumpCacheGeneration(): void {
  holder[key] = cacheGeneration() + 1;
}
